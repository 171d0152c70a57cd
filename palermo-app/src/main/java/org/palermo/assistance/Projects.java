package org.palermo.assistance;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.palermo.accounts.Actors;
import org.palermo.checklist.Checklists;
import org.palermo.checklist.Pillar;
import org.palermo.system.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The projects of the registry: written whole (a project replaces the one with the same identifier, children
 * and all) and read whole. Callers hold the transaction and write the audit row.
 */
@Service
public class Projects {

    /** Which projects to read; every part optional. {@code year} keeps projects whose period touches that year. */
    public record Filter(String country, String funder, Pillar pillar, Integer year, String text) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** Saving some projects: how many were new and how many replaced an earlier record with their identifier. */
    public record Saved(int created, int replaced, List<Long> ids) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Checklists checklists;

    Projects(JdbcClient jdbc, NamedParameterJdbcTemplate named, Checklists checklists) {
        this.jdbc = jdbc;
        this.named = named;
        this.checklists = checklists;
    }

    /** The Framework's measures of its latest version by lower-cased key, and every measure identity's key. */
    record Measures(Map<String, Checklists.Item> byKey, Map<Long, Checklists.Item> byId) {
        Set<String> keys() {
            return byKey.keySet();
        }
    }

    Measures measures() {
        Map<String, Checklists.Item> byKey = new LinkedHashMap<>();
        Map<Long, Checklists.Item> byId = new HashMap<>();
        Checklists.Checklist framework = checklists.get(Checklists.FRAMEWORK);
        for (Checklists.Item i : checklists.items(framework.latest().id())) {
            byKey.put(i.key().toLowerCase(Locale.ROOT), i);
            byId.put(i.measureId(), i);
        }
        return new Measures(byKey, byId);
    }

    /** Writes projects (checked beforehand with {@link ProjectRules}); measures imply their pillars. */
    Saved saveAll(List<Project> projects, String origin) {
        Measures measures = measures();
        OrgDirectory orgs = new OrgDirectory(jdbc, named);
        orgs.prepare(projects.stream().flatMap(p -> p.organisations().stream()).toList());
        List<String> identifiers = projects.stream().map(p -> p.identifier().strip()).toList();
        int existed = idsOf(identifiers).size();
        List<Object[]> rows = new ArrayList<>();
        for (Project p : projects) {
            rows.add(new Object[] {p.identifier().strip(), p.title().strip(), blankToNull(p.description()),
                    p.start() == null ? null : Date.valueOf(p.start()), p.end() == null ? null : Date.valueOf(p.end()),
                    p.budget(), p.budget() == null ? null : p.currency(), p.status().name(),
                    p.regions().isEmpty() ? null : String.join("\u001f", p.regions()), p.origin() != null ? p.origin() : origin,
                    Actors.currentName()});
        }
        ArrayInsert.insert(named.getJdbcTemplate(), "assistance_project (identifier, title, description, start_date, end_date, budget, "
                        + "currency, status, regions, origin, updated_by)",
                "identifier, title, description, start_date, end_date, budget, currency, status, "
                        + "coalesce(string_to_array(regions, chr(31)), '{}'), origin, updated_by",
                List.of("identifier text", "title text", "description text", "start_date date", "end_date date", "budget numeric",
                        "currency text", "status text", "regions text", "origin text", "updated_by text"), rows, """
                        on conflict (identifier) do update set
                            title = excluded.title, description = excluded.description, start_date = excluded.start_date,
                            end_date = excluded.end_date, budget = excluded.budget, currency = excluded.currency,
                            status = excluded.status, regions = excluded.regions, origin = excluded.origin,
                            updated_by = excluded.updated_by, updated_at = now()""");
        Map<String, Long> byIdentifier = idsOf(identifiers);
        List<Long> ids = identifiers.stream().map(byIdentifier::get).toList();
        int created = projects.size() - existed;
        for (List<Long> chunk : chunks(ids)) {
            MapSqlParameterSource idParam = new MapSqlParameterSource("ids", chunk);
            for (String table : List.of("assistance_project_org", "assistance_project_country", "assistance_project_pillar",
                    "assistance_project_measure", "assistance_project_sector", "assistance_transaction")) {
                named.update("delete from " + table + " where project_id in (:ids)", idParam);
            }
        }
        List<Object[]> orgRows = new ArrayList<>();
        List<Object[]> countryRows = new ArrayList<>();
        List<Object[]> pillarRows = new ArrayList<>();
        List<Object[]> measureRows = new ArrayList<>();
        List<Object[]> sectorRows = new ArrayList<>();
        List<Object[]> transactionRows = new ArrayList<>();
        for (int k = 0; k < projects.size(); k++) {
            Project p = projects.get(k);
            long id = ids.get(k);
            int position = 0;
            Set<String> orgSeen = new java.util.HashSet<>();
            for (Project.Participant o : p.organisations()) {
                long org = orgs.resolve(o);
                if (orgSeen.add(org + "/" + o.role())) {
                    orgRows.add(new Object[] {id, org, o.role().name(), ++position});
                }
            }
            for (Project.Recipient r : p.countries()) {
                countryRows.add(new Object[] {id, r.country(), r.percentage()});
            }
            Set<Pillar> pillars = new TreeSet<>(p.pillars());
            Set<Long> measureIds = new java.util.LinkedHashSet<>();
            for (String key : p.measures()) {
                Checklists.Item item = measures.byKey().get(key.toLowerCase(Locale.ROOT));
                measureIds.add(item.measureId());
                if (item.pillar() != null) {
                    pillars.add(item.pillar());
                }
            }
            pillars.forEach(x -> pillarRows.add(new Object[] {id, x.name()}));
            measureIds.forEach(m -> measureRows.add(new Object[] {id, m}));
            Set<String> sectorSeen = new java.util.HashSet<>();
            for (Project.Sector x : p.sectors()) {
                if (sectorSeen.add(x.vocabulary() + "/" + x.code())) {
                    sectorRows.add(new Object[] {id, x.vocabulary(), x.code(), x.percentage()});
                }
            }
            int t = 0;
            for (Project.Transaction x : p.transactions()) {
                transactionRows.add(new Object[] {id, ++t, x.type(), Date.valueOf(x.date()), x.value(), x.currency()});
            }
        }
        var j = named.getJdbcTemplate();
        ArrayInsert.insert(j, "assistance_project_org (project_id, org_id, role, position)", "*",
                List.of("p int8", "o int8", "r text", "pos int4"), orgRows, "");
        ArrayInsert.insert(j, "assistance_project_country (project_id, iso3, percentage)", "*",
                List.of("p int8", "c text", "pct numeric"), countryRows, "");
        ArrayInsert.insert(j, "assistance_project_pillar (project_id, pillar)", "*", List.of("p int8", "x text"), pillarRows, "");
        ArrayInsert.insert(j, "assistance_project_measure (project_id, measure_id)", "*", List.of("p int8", "m int8"), measureRows, "");
        ArrayInsert.insert(j, "assistance_project_sector (project_id, vocabulary, code, percentage)", "*",
                List.of("p int8", "v text", "c text", "pct numeric"), sectorRows, "");
        ArrayInsert.insert(j, "assistance_transaction (project_id, position, type, date, value, currency)", "*",
                List.of("p int8", "pos int4", "t text", "d date", "v numeric", "c text"), transactionRows, "");
        return new Saved(created, projects.size() - created, ids);
    }

    /** The ids of the projects with these identifiers (those that exist). */
    private Map<String, Long> idsOf(List<String> identifiers) {
        Map<String, Long> out = new HashMap<>();
        for (List<String> chunk : chunks(identifiers)) {
            named.query("select identifier, id from assistance_project where identifier in (:i)", Map.of("i", chunk),
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> out.put(rs.getString(1), rs.getLong(2)));
        }
        return out;
    }

    /** Lists cut to a size a statement's parameters can hold. */
    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 5000) {
            out.add(all.subList(i, Math.min(all.size(), i + 5000)));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    void rename(long id, String identifier) {
        jdbc.sql("update assistance_project set identifier = :i where id = :id").param("i", identifier).param("id", id).update();
    }

    public Project get(long id) {
        return load("p.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No project with id " + id));
    }

    public Optional<Project> byIdentifier(String identifier) {
        return load("p.identifier = :i", Map.of("i", identifier)).stream().findFirst();
    }

    public int count() {
        return jdbc.sql("select count(*) from assistance_project").query(Integer.class).single();
    }

    /** Projects matching the filter, whole, ordered by start date (undated last), then identifier. */
    public List<Project> find(Filter f) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (f.country() != null && !f.country().isBlank()) {
            where.append(" and exists (select 1 from assistance_project_country c where c.project_id = p.id and c.iso3 = :country)");
            params.put("country", f.country().strip().toUpperCase(Locale.ROOT));
        }
        if (f.funder() != null && !f.funder().isBlank()) {
            where.append(" and exists (select 1 from assistance_project_org po join assistance_org o on o.id = po.org_id"
                    + " where po.project_id = p.id and po.role = 'FUNDING' and o.name_key = :funder)");
            params.put("funder", OrgNames.key(f.funder()));
        }
        if (f.pillar() != null) {
            where.append(" and exists (select 1 from assistance_project_pillar x where x.project_id = p.id and x.pillar = :pillar)");
            params.put("pillar", f.pillar().name());
        }
        if (f.year() != null) {
            where.append(" and (p.start_date is null or extract(year from p.start_date) <= :year)"
                    + " and (p.end_date is null or extract(year from p.end_date) >= :year)"
                    + " and (p.start_date is not null or p.end_date is not null)");
            params.put("year", f.year());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (p.title ilike :text or p.description ilike :text or p.identifier ilike :text"
                    + " or exists (select 1 from assistance_project_org po join assistance_org o on o.id = po.org_id"
                    + " where po.project_id = p.id and o.name ilike :text))");
            params.put("text", "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return load(where.toString(), params);
    }

    private List<Project> load(String where, Map<String, ?> params) {
        String ids = "select p.id from assistance_project p where " + where;
        Map<Long, List<Project.Participant>> orgs = new HashMap<>();
        query("""
                select po.project_id, o.name, o.ref, o.type, po.role from assistance_project_org po
                join assistance_org o on o.id = po.org_id where po.project_id in (%s) order by po.project_id, po.position""", ids, params,
                rs -> orgs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Project.Participant(rs.getString(2),
                        rs.getString(3), rs.getString(4), OrgRole.valueOf(rs.getString(5)))));
        Map<Long, List<Project.Recipient>> countries = new HashMap<>();
        query("select project_id, iso3, percentage from assistance_project_country where project_id in (%s) order by project_id, iso3",
                ids, params, rs -> countries.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Project.Recipient(rs.getString(2), strip(rs.getBigDecimal(3)))));
        Map<Long, List<Pillar>> pillars = new HashMap<>();
        query("select project_id, pillar from assistance_project_pillar where project_id in (%s)", ids, params,
                rs -> pillars.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Pillar.valueOf(rs.getString(2))));
        Map<Long, List<Long>> measureIds = new HashMap<>();
        query("select project_id, measure_id from assistance_project_measure where project_id in (%s)", ids, params,
                rs -> measureIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        Map<Long, List<Project.Sector>> sectors = new HashMap<>();
        query("select project_id, vocabulary, code, percentage from assistance_project_sector where project_id in (%s) "
                        + "order by project_id, vocabulary, code", ids, params,
                rs -> sectors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Project.Sector(rs.getString(2), rs.getString(3), strip(rs.getBigDecimal(4)))));
        Map<Long, List<Project.Transaction>> transactions = new HashMap<>();
        query("select project_id, type, date, value, currency from assistance_transaction where project_id in (%s) "
                        + "order by project_id, position", ids, params,
                rs -> transactions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Project.Transaction(
                        rs.getString(2), rs.getDate(3).toLocalDate(), strip(rs.getBigDecimal(4)), rs.getString(5))));
        Measures measures = measureIds.isEmpty() ? null : measures();
        List<Project> out = new ArrayList<>();
        query("""
                select p.id, p.identifier, p.title, p.description, p.start_date, p.end_date, p.budget, p.currency, p.status,
                       p.regions, p.origin
                from assistance_project p where p.id in (%s) order by p.start_date nulls last, p.identifier""", ids, params, rs -> {
            long id = rs.getLong(1);
            List<Pillar> ps = new ArrayList<>(pillars.getOrDefault(id, List.of()));
            ps.sort(Comparator.naturalOrder());
            List<String> keys = measureIds.getOrDefault(id, List.of()).stream()
                    .map(m -> measures.byId().containsKey(m) ? measures.byId().get(m)
                            : checklists.latestWording(m).orElse(null))
                    .filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparingInt(Checklists.Item::position)).map(Checklists.Item::key).toList();
            String[] regions = rs.getArray(10) == null ? new String[0] : (String[]) rs.getArray(10).getArray();
            out.add(new Project(id, rs.getString(2), rs.getString(3), rs.getString(4),
                    orgs.getOrDefault(id, List.of()), countries.getOrDefault(id, List.of()), List.of(regions), ps, keys,
                    sectors.getOrDefault(id, List.of()),
                    rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                    strip(rs.getBigDecimal(7)), rs.getString(8), ProjectStatus.valueOf(rs.getString(9)),
                    transactions.getOrDefault(id, List.of()), rs.getString(11)));
        });
        return out;
    }

    private void query(String sql, String ids, Map<String, ?> params, org.springframework.jdbc.core.RowCallbackHandler handler) {
        named.query(sql.formatted(ids), params, handler);
    }

    private static BigDecimal strip(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }

    /** Every funder with its projects, countries, budget by currency and years. */
    public record Donor(String name, String ref, String type, int projects, int countries,
                        Map<String, BigDecimal> budgets, Integer firstYear, Integer lastYear) {
    }

    public List<Donor> donors() {
        Map<String, Donor> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.name, o.ref, o.type, count(distinct p.id), count(distinct c.iso3), p.currency, sum(p.budget),
                               min(extract(year from p.start_date))::int, max(extract(year from coalesce(p.end_date, p.start_date)))::int
                        from assistance_org o
                        join assistance_project_org po on po.org_id = o.id and po.role = 'FUNDING'
                        join assistance_project p on p.id = po.project_id
                        left join assistance_project_country c on c.project_id = p.id
                        group by o.id, o.name, o.ref, o.type, p.currency
                        order by o.name""")
                .query(rs -> {
                    String name = rs.getString(1);
                    Donor d = out.get(name);
                    Map<String, BigDecimal> budgets = d == null ? new LinkedHashMap<>() : new LinkedHashMap<>(d.budgets());
                    if (rs.getString(6) != null) {
                        budgets.put(rs.getString(6), strip(rs.getBigDecimal(7)));
                    }
                    int projects = rs.getInt(4) + (d == null ? 0 : d.projects());
                    Integer first = min(d == null ? null : d.firstYear(), (Integer) rs.getObject(8));
                    Integer last = max(d == null ? null : d.lastYear(), (Integer) rs.getObject(9));
                    out.put(name, new Donor(name, rs.getString(2), rs.getString(3), projects,
                            Math.max(rs.getInt(5), d == null ? 0 : d.countries()), budgets, first, last));
                });
        return List.copyOf(out.values());
    }

    private static Integer min(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Math.min(a, b);
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Math.max(a, b);
    }

    /** The IATI codes bundled for trafficking work, by vocabulary and code. */
    public record Code(String vocabulary, String code, String name, String description) {
    }

    public List<Code> codes() {
        return jdbc.sql("select vocabulary, code, name, description from assistance_code order by vocabulary, code")
                .query((rs, i) -> new Code(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    static String joined(List<String> values) {
        return values.stream().collect(Collectors.joining("; "));
    }
}
