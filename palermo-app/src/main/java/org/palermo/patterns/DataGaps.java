package org.palermo.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where the evidence is thin (seeds 000 ¶82, 002 ¶57): countries and years with no data, roles resting
 * on a single source, sources by type per country, and statistics indicators and institutional events
 * that no source reports.
 */
@Service
public class DataGaps {

    static final List<String> METRICS = List.of("investigations", "cases_registered", "persons_arrested", "suspects",
            "persons_charged", "persons_prosecuted", "court_cases", "persons_convicted", "persons_acquitted",
            "persons_sentenced", "victims_identified", "victims_assisted", "victims_repatriated", "child_victims",
            "female_victims", "male_victims", "shelters", "hotline_calls", "trainings", "persons_trained");
    static final List<String> EVENTS = List.of("RATIFIED_PROTOCOL", "LEGISLATION_ADOPTED", "NATIONAL_ACTION_PLAN",
            "COORDINATION_BODY", "NATIONAL_RAPPORTEUR", "SPECIAL_UNIT", "HOTLINE", "REFERRAL_MECHANISM",
            "SHELTER_OR_VICTIM_SERVICE", "AWARENESS_CAMPAIGN", "TRAINING");

    private final JdbcClient jdbc;
    private final PatternAnswers cache;

    DataGaps(JdbcClient jdbc, PatternAnswers cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** One country's coverage. */
    public record CountryCoverage(String country, String name, String region, int facts, int sources,
                                  @JsonProperty("first_year") Integer firstYear, @JsonProperty("last_year") Integer lastYear,
                                  @JsonProperty("years_with_data") int yearsWithData,
                                  @JsonProperty("years_without_data") List<Integer> yearsWithoutData,
                                  @JsonProperty("single_source_roles") List<String> singleSourceRoles,
                                  @JsonProperty("sources_by_type") Map<String, Integer> sourcesByType,
                                  @JsonProperty("metrics_reported") int metricsReported) {
    }

    public record Gaps(@JsonProperty("year_span") List<Integer> yearSpan,
                       @JsonProperty("countries_total") int countriesTotal,
                       @JsonProperty("countries_without_data") List<String> countriesWithoutData,
                       @JsonProperty("single_source_facts") int singleSourceFacts,
                       @JsonProperty("metrics_never_reported") List<String> metricsNeverReported,
                       @JsonProperty("events_never_reported") List<String> eventsNeverReported,
                       List<CountryCoverage> countries) {
    }

    public Fresh<Gaps> gaps(Basis basis) {
        return cache.get("gaps|" + basis, () -> read(basis));
    }

    private Gaps read(Basis basis) {
        Map<String, Object> p = Map.of("all", basis == Basis.ALL);
        String mentions = "with base as (select * from fact_view where (:all or reviewed)),"
                + " mention as (select country as iso3, role, source_id, source_type, year, type, metric from base where country is not null"
                + "  union all select counterpart, case role when 'ORIGIN' then 'DESTINATION' else 'ORIGIN' end, source_id, source_type, year, type, null"
                + "  from base where type = 'country_role' and role in ('ORIGIN', 'DESTINATION') and counterpart is not null) ";
        Map<String, int[]> totals = new HashMap<>();
        Map<String, Set<Integer>> years = new HashMap<>();
        Map<String, List<String>> singles = new HashMap<>();
        Map<String, Map<String, Integer>> byType = new HashMap<>();
        jdbc.sql(mentions + "select iso3, count(*), count(distinct source_id), count(distinct metric) from mention group by iso3")
                .params(p).query(rs -> {
                    totals.put(rs.getString(1).strip(), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                });
        jdbc.sql(mentions + "select distinct iso3, year from mention where year is not null").params(p).query(rs -> {
            years.computeIfAbsent(rs.getString(1).strip(), k -> new TreeSet<>()).add(rs.getInt(2));
        });
        jdbc.sql(mentions + "select iso3, role from mention where role is not null group by iso3, role having count(distinct source_id) = 1 order by 1, 2")
                .params(p).query(rs -> {
                    singles.computeIfAbsent(rs.getString(1).strip(), k -> new ArrayList<>()).add(rs.getString(2));
                });
        jdbc.sql(mentions + "select iso3, source_type, count(distinct source_id) from mention group by iso3, source_type")
                .params(p).query(rs -> {
                    byType.computeIfAbsent(rs.getString(1).strip(), k -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        int singleFacts = jdbc.sql("""
                        select count(*) from (select country, role, counterpart from fact_view
                        where type = 'country_role' and (:all or reviewed) group by 1, 2, 3 having count(distinct source_id) = 1) s""")
                .params(p).query(Integer.class).single();
        Set<String> metrics = new TreeSet<>(jdbc.sql("select distinct metric from fact_view where type = 'statistic' and (:all or reviewed) and metric is not null")
                .params(p).query(String.class).list());
        Set<String> events = new TreeSet<>(jdbc.sql("select distinct event from fact_view where type = 'event' and (:all or reviewed) and event is not null")
                .params(p).query(String.class).list());
        int minYear = years.values().stream().flatMap(Set::stream).min(Integer::compare).orElse(0);
        int maxYear = years.values().stream().flatMap(Set::stream).max(Integer::compare).orElse(-1);
        List<CountryCoverage> rows = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (Country c : Countries.bundled().all()) {
            int[] t = totals.get(c.iso3());
            if (t == null) {
                without.add(c.iso3());
            }
            Set<Integer> ys = years.getOrDefault(c.iso3(), Set.of());
            List<Integer> missing = new ArrayList<>();
            for (int y = minYear; y <= maxYear; y++) {
                if (!ys.contains(y)) {
                    missing.add(y);
                }
            }
            rows.add(new CountryCoverage(c.iso3(), c.name(), c.region(), t == null ? 0 : t[0], t == null ? 0 : t[1],
                    ys.isEmpty() ? null : ((TreeSet<Integer>) ys).first(), ys.isEmpty() ? null : ((TreeSet<Integer>) ys).last(),
                    ys.size(), missing, singles.getOrDefault(c.iso3(), List.of()), byType.getOrDefault(c.iso3(), Map.of()),
                    t == null ? 0 : t[2]));
        }
        return new Gaps(maxYear < minYear ? List.of() : List.of(minYear, maxYear), rows.size(), without, singleFacts,
                METRICS.stream().filter(m -> !metrics.contains(m)).toList(),
                EVENTS.stream().filter(e -> !events.contains(e)).toList(), rows);
    }
}
