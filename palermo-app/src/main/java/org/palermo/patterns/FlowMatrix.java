package org.palermo.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Origin → destination pairs from the country_role facts: an ORIGIN fact with a counterpart reads
 * "from country to counterpart", a DESTINATION fact "from counterpart to country". Internal
 * trafficking (same country at both ends) is not a flow between countries and is left out here.
 */
@Service
public class FlowMatrix {

    private final JdbcClient jdbc;
    private final PatternAnswers cache;

    FlowMatrix(JdbcClient jdbc, PatternAnswers cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    public Fresh<List<Flow>> flows(FlowQuery q) {
        Fresh<List<Flow>> all = cache.get("flows|" + q.period() + "|" + q.form() + "|" + q.basis(),
                () -> read(q.period(), q.form(), q.basis()));
        if (q.region() == null && q.country() == null) {
            return all;
        }
        List<Flow> kept = all.value().stream().filter(f -> matches(f, q)).toList();
        return new Fresh<>(reweigh(kept), all.dataVersion(), all.computedAt(), all.cached());
    }

    private static boolean matches(Flow f, FlowQuery q) {
        if (q.country() != null && !q.country().equals(f.origin()) && !q.country().equals(f.destination())) {
            return false;
        }
        return q.region() == null || inRegion(f.origin(), q.region()) || inRegion(f.destination(), q.region());
    }

    static boolean inRegion(String iso3, String region) {
        String r = region.toLowerCase(Locale.ROOT);
        return Countries.bundled().byIso3(iso3)
                .map(c -> r.equalsIgnoreCase(String.valueOf(c.region())) || r.equalsIgnoreCase(String.valueOf(c.subregion()))
                        || r.equalsIgnoreCase(String.valueOf(c.intermediateRegion())))
                .orElse(false);
    }

    private List<Flow> read(Period period, String form, Basis basis) {
        List<Flow> flows = new ArrayList<>();
        jdbc.sql("""
                        with pairs as (
                            select case when role = 'ORIGIN' then country else counterpart end as origin,
                                   case when role = 'ORIGIN' then counterpart else country end as destination,
                                   source_id, year
                            from fact_view
                            where type = 'country_role' and role in ('ORIGIN', 'DESTINATION')
                              and country is not null and counterpart is not null and country <> counterpart
                              and (:all or reviewed)
                              and (:from < 0 or year >= :from) and (:to < 0 or year <= :to)
                              and (:form = '' or :form = any(forms)))
                        , per_source as (
                            select origin, destination, source_id, count(*) as facts, min(year) as first_year, max(year) as last_year
                            from pairs group by origin, destination, source_id)
                        select origin, destination, count(*), sum(facts), min(first_year), max(last_year)
                        from per_source group by origin, destination""")
                .param("all", basis == Basis.ALL)
                .param("from", period.from() == null ? -1 : period.from())
                .param("to", period.to() == null ? -1 : period.to())
                .param("form", form == null ? "" : form)
                .query(rs -> {
                    String o = rs.getString(1).strip();
                    String d = rs.getString(2).strip();
                    Country oc = Countries.bundled().byIso3(o).orElse(null);
                    Country dc = Countries.bundled().byIso3(d).orElse(null);
                    flows.add(new Flow(o, d, rs.getInt(3), 0, rs.getInt(4), (Integer) rs.getObject(5), (Integer) rs.getObject(6),
                            oc == null ? o : oc.name(), dc == null ? d : dc.name(),
                            oc == null ? null : oc.region(), dc == null ? null : dc.region()));
                });
        return reweigh(flows);
    }

    private static List<Flow> reweigh(List<Flow> flows) {
        int max = flows.stream().mapToInt(Flow::sources).max().orElse(1);
        List<Flow> out = new ArrayList<>(flows.size());
        for (Flow f : flows) {
            double w = Math.round(1000.0 * f.sources() / max) / 1000.0;
            out.add(new Flow(f.origin(), f.destination(), f.sources(), w, f.facts(), f.firstYear(), f.lastYear(),
                    f.originName(), f.destinationName(), f.originRegion(), f.destinationRegion()));
        }
        out.sort(Comparator.comparingInt(Flow::sources).reversed().thenComparing(Comparator.comparingInt(Flow::facts).reversed())
                .thenComparing(Flow::origin).thenComparing(Flow::destination));
        return List.copyOf(out);
    }
}
