package org.palermo.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How the picture changes by year, for the world, a region or one country: sources and facts per
 * year, distinct flows, and how many countries (or, for one country, how many sources) report each role.
 */
@Service
public class Trends {

    private final JdbcClient jdbc;
    private final PatternAnswers cache;

    Trends(JdbcClient jdbc, PatternAnswers cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /**
     * One year. For the world or a region, {@code origin}/{@code transit}/{@code destination} count the
     * countries cited in that role; for one country, the sources citing it in that role.
     */
    public record Year(int year, int sources, int facts, int flows, int origin, int transit, int destination,
                       @JsonProperty("internal") int internal) {
    }

    public Fresh<List<Year>> byYear(String country, String region, Basis basis) {
        String c = FlowQuery.country(country);
        String r = region == null || region.isBlank() ? null : region.strip();
        return cache.get("trends|" + c + "|" + r + "|" + basis, () -> read(c, r, basis));
    }

    private List<Year> read(String country, String region, Basis basis) {
        String scope = " and (:country = '' or country = :country or counterpart = :country)"
                + " and (:region = '' or exists (select 1 from country k where (k.iso3 = f.country or k.iso3 = f.counterpart)"
                + " and :region in (k.region, k.subregion, k.intermediate_region)))";
        String base = "select * from fact_view f where year is not null and (:all or reviewed)" + scope;
        boolean one = country != null;
        // cited: who is reported in which role (a flow's other end included), per source and year
        String sql = "with base as (" + base + "),"
                + " cited as (select country as iso3, role, source_id, year from base where type = 'country_role' and country is not null"
                + "  union all select counterpart, case role when 'ORIGIN' then 'DESTINATION' else 'ORIGIN' end, source_id, year from base"
                + "  where type = 'country_role' and role in ('ORIGIN', 'DESTINATION') and counterpart is not null),"
                + " totals as (select year, count(distinct source_id) as sources, count(*) as facts,"
                + "  count(distinct case when type = 'country_role' and role in ('ORIGIN', 'DESTINATION') and counterpart is not null"
                + "   and counterpart <> country then case when role = 'ORIGIN' then country || counterpart else counterpart || country end end) as flows"
                + "  from base group by year),"
                + " roles as (select year, role, " + (one ? "count(distinct source_id)" : "count(distinct iso3)") + " as n from cited"
                + (one ? " where iso3 = :country" : "") + " group by year, role)"
                + " select t.year, t.sources, t.facts, t.flows,"
                + " coalesce((select n from roles r where r.year = t.year and r.role = 'ORIGIN'), 0),"
                + " coalesce((select n from roles r where r.year = t.year and r.role = 'TRANSIT'), 0),"
                + " coalesce((select n from roles r where r.year = t.year and r.role = 'DESTINATION'), 0),"
                + " coalesce((select n from roles r where r.year = t.year and r.role = 'INTERNAL'), 0)"
                + " from totals t order by t.year";
        List<Year> years = new ArrayList<>();
        jdbc.sql(sql).params(Map.of("country", country == null ? "" : country, "region", region == null ? "" : region,
                        "all", basis == Basis.ALL))
                .query(rs -> {
                    years.add(new Year(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getInt(7), rs.getInt(8)));
                });
        return years;
    }
}
