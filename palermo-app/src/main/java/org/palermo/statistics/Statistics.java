package org.palermo.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Published statistics: what public readers, the pages, the downloads and other modules see. Only
 * released data (GLOTIP) and published national submissions are observations; drafts never are.
 */
@Service
public class Statistics {

    static final String TOTAL = "Total";
    private final JdbcClient jdbc;
    private final PublicAnswers kept;

    Statistics(JdbcClient jdbc, PublicAnswers kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    /** An indicator with the dimensions it is broken down by and the years with data. */
    public record Indicator(String name, String unit, String description, List<String> dimensions, List<Integer> years) {
    }

    /** One country's headline figure for the map and the HDI scatter (dimension, category, sex and age all "Total"). */
    public record CountryValue(String country, String name, Long value, @JsonProperty("value_text") String valueText,
                               boolean conflict, Double hdi, @JsonProperty("hdi_year") Integer hdiYear) {
    }

    /** A key published more than once with the values as published. */
    public record Conflict(String country, @JsonProperty("country_name") String countryName, String indicator, String dimension,
                           @JsonProperty("category_text") String categoryText, String sex, String age, int year, String source,
                           List<String> values, @JsonProperty("values_differ") boolean valuesDiffer) {
    }

    /** A selection; answers are kept until the published data change (a new release, a publication). */
    public List<Observation> find(StatisticsQuery q) {
        StatisticsQuery checked = checked(q);
        return kept.value("find:" + checked, () -> select(checked));
    }

    /** A selection read now, not kept (for answers kept elsewhere). */
    List<Observation> select(StatisticsQuery q) {
        List<Observation> out = new ArrayList<>();
        stream(q, out::add);
        return List.copyOf(out);
    }

    /** A value computed from published data, recomputed only when they change. */
    <T> T cached(String key, java.util.function.Supplier<T> compute) {
        return kept.value(key, compute);
    }

    /** Streams a selection in a stable order (for large downloads). */
    public void stream(StatisticsQuery query, Consumer<Observation> sink) {
        StatisticsQuery q = checked(query);
        StringBuilder sql = new StringBuilder("""
                select country, indicator, dimension, category, sex, age, year, value, value_text, source, unit, category_text,
                       country_name, conflict
                from stat_observation where true""");
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> codes = q.countries().stream().filter(Statistics::isCode).toList();
        List<String> names = q.countries().stream().filter(c -> !isCode(c)).map(n -> n.toLowerCase(Locale.ROOT)).toList();
        if (names.isEmpty() && !codes.isEmpty()) {
            sql.append(" and country = any(cast(:country as bpchar[]))");
            params.put("country", codes.toArray(String[]::new));
        } else if (!names.isEmpty()) {
            // a country may also be given by its name as published ("Chile"), and a place published without an ISO
            // code ("Sark") can only be given so; names are rare, so the plain code lookup above keeps its index
            sql.append(" and (country = any(cast(:country as bpchar[])) or lower(country_name) = any(:countryName))");
            params.put("country", codes.toArray(String[]::new));
            params.put("countryName", names.toArray(String[]::new));
        }
        filter(sql, params, "indicator", q.indicators(), "indicator");
        filter(sql, params, "lower(dimension)", lower(q.dimensions()), "dimension");
        if (!q.categories().isEmpty()) {
            sql.append(" and (lower(category) = any(:category) or lower(category_text) = any(:category))");
            params.put("category", lower(q.categories()).toArray(String[]::new));
        }
        filter(sql, params, "lower(sex)", lower(q.sexes()), "sex");
        filter(sql, params, "lower(age)", lower(q.ages()), "age");
        if (!q.years().isEmpty()) {
            sql.append(" and year = any(:year)");
            params.put("year", q.years().toArray(Integer[]::new));
        }
        sql.append(" order by country nulls last, country_name, indicator, dimension, category, sex, age, year, source, occurrence");
        var spec = jdbc.sql(sql.toString());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.query((ResultSet rs) -> {
            sink.accept(observation(rs));
        });
    }

    /** The query with country codes and indicator names checked and in their canonical form; 400 for unknown ones. */
    public StatisticsQuery checked(StatisticsQuery q) {
        return new StatisticsQuery(q.countries().stream().map(this::checkCountryOrPlace).toList(),
                q.indicators().stream().map(this::canonicalIndicator).toList(), q.dimensions(), q.categories(), q.sexes(), q.ages(),
                q.years());
    }

    static Observation observation(ResultSet rs) throws SQLException {
        long v = rs.getLong(8);
        Long value = rs.wasNull() ? null : v;
        String country = rs.getString(1);
        return new Observation(country == null ? null : country.strip(), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7), value, rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getBoolean(14));
    }

    public List<Indicator> indicators() {
        return jdbc.sql("""
                        select i.name, i.unit, i.description,
                               coalesce((select array_agg(d.name order by d.position) from stat_indicator_dimension x
                                         join stat_dimension d on d.name = x.dimension where x.indicator = i.name), '{}'),
                               coalesce((select array_agg(distinct o.year order by o.year) from stat_observation o
                                         where o.indicator = i.name), '{}')
                        from stat_indicator i order by i.position""")
                .query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3),
                        List.of((String[]) rs.getArray(4).getArray()), List.of((Integer[]) rs.getArray(5).getArray())))
                .list();
    }

    /**
     * Every country's figure for an indicator and year with dimension, category, sex and age "Total",
     * and its HDI for that year (or the latest before it). A conflicting key shows its first published value.
     */
    public List<CountryValue> byCountry(String indicator, int year) {
        String name = canonicalIndicator(indicator);
        return jdbc.sql("""
                        select distinct on (o.country) o.country, c.name, o.value, o.value_text, o.conflict, h.value, h.year
                        from stat_observation o
                        join country c on c.iso3 = o.country
                        left join lateral (select value, year from hdi where hdi.iso3 = o.country and hdi.year <= :year
                                           order by year desc limit 1) h on true
                        where o.indicator = :indicator and o.year = :year and o.dimension = 'Total' and o.category = 'Total'
                          and o.sex = 'Total' and o.age = 'Total'
                        order by o.country, o.submission_id nulls first, o.occurrence""")
                .param("indicator", name).param("year", year)
                .query((rs, n) -> {
                    long v = rs.getLong(3);
                    Long value = rs.wasNull() ? null : v;
                    double h = rs.getDouble(6);
                    Double hdi = rs.wasNull() ? null : h;
                    int hy = rs.getInt(7);
                    return new CountryValue(rs.getString(1), rs.getString(2), value, rs.getString(4), rs.getBoolean(5), hdi,
                            rs.wasNull() ? null : hy);
                })
                .list();
    }

    /** Keys a source published more than once, with their values; conflicting ones first. */
    public List<Conflict> conflicts(String country) {
        return jdbc.sql("""
                        select country, country_name, indicator, dimension, category_text, sex, age, year, source,
                               array_agg(value_text order by occurrence), bool_or(conflict)
                        from stat_observation
                        where duplicate and (:country = '' or country = :country)
                        group by country, country_name, indicator, dimension, category_text, sex, age, year, source
                        order by bool_or(conflict) desc, country_name, indicator, dimension, category_text, sex, age, year""")
                .param("country", country == null ? "" : checkCountry(country))
                .query((rs, n) -> new Conflict(rs.getString(1) == null ? null : rs.getString(1).strip(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                        rs.getString(9), List.of((String[]) rs.getArray(10).getArray()), rs.getBoolean(11)))
                .list();
    }

    public int count() {
        return jdbc.sql("select count(*) from stat_observation").query(Integer.class).single();
    }

    String canonicalIndicator(String indicator) {
        return jdbc.sql("select name from stat_indicator where lower(name) = lower(:n)").param("n", indicator.strip())
                .query(String.class).optional()
                .orElseThrow(() -> new InvalidInputException("indicator", "Unknown indicator '" + indicator + "'; known: "
                        + String.join(", ", jdbc.sql("select name from stat_indicator order by position").query(String.class).list())));
    }

    private static boolean isCode(String country) {
        return Countries.bundled().isKnown(country);
    }

    /** An ISO code, or a country or place name as a release published it ("Chile", "Sark"); 400 for anything else. */
    private String checkCountryOrPlace(String country) {
        String c = country == null ? "" : country.strip();
        if (Countries.bundled().isKnown(c.toUpperCase(Locale.ROOT))) {
            return c.toUpperCase(Locale.ROOT);
        }
        boolean published = c.length() > 3 && kept.value("place:" + c.toLowerCase(Locale.ROOT), () -> jdbc.sql(
                        "select exists (select 1 from stat_observation where lower(country_name) = lower(:n))")
                .param("n", c).query(Boolean.class).single());
        return published ? c : checkCountry(country);
    }

    static String checkCountry(String iso3) {
        String c = iso3 == null ? "" : iso3.strip().toUpperCase(Locale.ROOT);
        if (!Countries.bundled().isKnown(c)) {
            throw new InvalidInputException("country", "Unknown ISO 3166-1 alpha-3 country code '" + iso3 + "'");
        }
        return c;
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static void filter(StringBuilder sql, Map<String, Object> params, String column, List<String> values, String name) {
        if (!values.isEmpty()) {
            sql.append(" and ").append(column).append(" = any(:").append(name).append(")");
            params.put(name, values.toArray(String[]::new));
        }
    }
}
