package org.palermo.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.palermo.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The UNODC citation index: for each country and role, how many distinct sources report the country
 * in that role, banded VERY_HIGH … VERY_LOW. A flow fact counts for both ends: "victims from Nigeria
 * exploited in Italy" cites Nigeria as origin and Italy as destination.
 */
@Service
public class CitationIndex {

    static final Set<String> ROLES = Set.of("ORIGIN", "TRANSIT", "DESTINATION", "INTERNAL");

    private final JdbcClient jdbc;
    private final PatternAnswers cache;
    private final CitationBands bands;

    CitationIndex(JdbcClient jdbc, PatternAnswers cache, CitationBands bands) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.bands = bands;
    }

    public CitationBands bands() {
        return bands;
    }

    public Fresh<List<CitationEntry>> compute(String role, Basis basis, Period period, Counting counting) {
        String r = role(role);
        return cache.get("citation|" + r + "|" + basis + "|" + period + "|" + counting,
                () -> read(r, basis, period, counting));
    }

    static String role(String role) {
        if (role == null || role.isBlank()) {
            throw new InvalidInputException("role", "role is required: ORIGIN, TRANSIT or DESTINATION");
        }
        String r = role.strip().toUpperCase(Locale.ROOT);
        if (!ROLES.contains(r)) {
            throw new InvalidInputException("role", "role is ORIGIN, TRANSIT, DESTINATION or INTERNAL, not '" + role + "'");
        }
        return r;
    }

    /**
     * One pass per role the country can be cited in: its own facts in the role and, for ORIGIN and DESTINATION,
     * the flow facts of the other role that name it as counterpart (ORIGIN X with counterpart Y cites Y as
     * DESTINATION). Each branch is a plain range of the covering index {@code fact_patterns_read} (an index-only
     * scan); an OR of the two would make PostgreSQL read the whole fact table. Counts per source first, then per
     * publisher, then per country, all by hashing (no sort of the 10⁵ source rows).
     */
    static String sql(String role, Basis basis, Period period) {
        String filter = " and type = 'country_role'" + (basis == Basis.ACCEPTED ? " and reviewed" : "")
                + (period.from() == null ? "" : " and year >= :from") + (period.to() == null ? "" : " and year <= :to");
        String cited = "select country, source_id, year from fact_view where role = '" + role + "' and country is not null" + filter;
        String mirrored = role.equals("DESTINATION") ? "ORIGIN" : role.equals("ORIGIN") ? "DESTINATION" : null;
        if (mirrored != null) {
            cited += " union all select counterpart, source_id, year from fact_view where role = '" + mirrored + "'"
                    + " and counterpart is not null" + filter;
        }
        return "with cited as (" + cited + "),"
                + " per_source as (select country, source_id, count(*) as facts, min(year) as first_year, max(year) as last_year"
                + "  from cited group by country, source_id),"
                + " per_publisher as (select p.country, coalesce(s.publisher, s.name) as publisher, count(*) as sources,"
                + "  sum(p.facts) as facts, min(p.first_year) as first_year, max(p.last_year) as last_year"
                + "  from per_source p join source s on s.id = p.source_id group by p.country, coalesce(s.publisher, s.name))"
                + " select country, sum(sources)::int, count(*), sum(facts)::int, min(first_year), max(last_year)"
                + " from per_publisher group by country";
    }

    private List<CitationEntry> read(String role, Basis basis, Period period, Counting counting) {
        List<CitationEntry> rows = new ArrayList<>();
        var spec = jdbc.sql(sql(role, basis, period));
        if (period.from() != null) {
            spec = spec.param("from", period.from());
        }
        if (period.to() != null) {
            spec = spec.param("to", period.to());
        }
        spec
                .query(rs -> {
                    String iso3 = rs.getString(1).strip();
                    int sources = rs.getInt(2);
                    int publishers = rs.getInt(3);
                    Country c = Countries.bundled().byIso3(iso3).orElse(null);
                    int counted = counting == Counting.PUBLISHERS ? publishers : sources;
                    rows.add(new CitationEntry(iso3, bands.level(counted), counted, publishers, rs.getInt(4),
                            c == null ? iso3 : c.name(), c == null ? null : c.region(),
                            (Integer) rs.getObject(5), (Integer) rs.getObject(6)));
                });
        rows.sort(Comparator.comparingInt(CitationEntry::sources).reversed().thenComparing(CitationEntry::country));
        return rows;
    }
}
