package org.palermo.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.palermo.statistics.CountryStatistics;
import org.palermo.statistics.CountrySummaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who the victims are, from two kinds of evidence kept apart because they measure different things:
 * <ul>
 *   <li><b>mentions</b>: the share of country_role facts naming a victim group (or form of
 *       exploitation) among those naming any — how often sources speak of women, children, forced
 *       labour; not a share of victims;</li>
 *   <li><b>counts</b>: reported numbers of female, male and child victims divided by the number of
 *       victims reported by the same source for the same country and year — a share of victims,
 *       where both numbers exist.</li>
 * </ul>
 */
@Service
public class VictimProfiles {

    static final List<String> GROUPS = List.of("WOMEN", "GIRLS", "MEN", "BOYS", "CHILDREN", "MIGRANTS", "REFUGEES_IDPS");

    private final JdbcClient jdbc;
    private final PatternAnswers cache;
    private final CountrySummaries statistics;

    VictimProfiles(JdbcClient jdbc, PatternAnswers cache, CountrySummaries statistics) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.statistics = statistics;
    }

    public record Share(String category, int count, Double share) {
    }

    public record CountShare(String category, double part, double total, Double share, @JsonProperty("country_years") int countryYears) {
    }

    public record Profile(@JsonProperty("mentions_basis") String mentionsBasis,
                          @JsonProperty("facts_with_groups") int factsWithGroups, List<Share> groups,
                          @JsonProperty("facts_with_forms") int factsWithForms, List<Share> forms,
                          @JsonProperty("counts_basis") String countsBasis, List<CountShare> counts,
                          @JsonProperty("statistics_note") String statisticsNote,
                          @JsonProperty("statistics") List<?> statistics) {
    }

    /**
     * Detected victims of several countries in one year, pooled over the countries that published the total,
     * the female victims and the victims aged 0–17 as numbers: the shares are sums over sums of the same countries.
     */
    public record PooledShare(int year, int countries, long total, @JsonProperty("women_and_girls") long womenAndGirls,
                              long children, @JsonProperty("share_women_and_girls") Double shareWomenAndGirls,
                              @JsonProperty("share_children") Double shareChildren) {
    }

    /**
     * The facts part is cached per data version of the facts; the national statistics part is read on every
     * request from the statistics module (which keeps its own cache per published version), so that a newly
     * published submission shows at once.
     */
    public Fresh<Profile> profile(String country, String region, Period period, Basis basis) {
        String c = FlowQuery.country(country);
        String r = region == null || region.isBlank() ? null : region.strip();
        Fresh<Profile> facts = cache.get("victims|" + c + "|" + r + "|" + period + "|" + basis, () -> read(c, r, period, basis));
        Profile f = facts.value();
        Profile withStatistics = new Profile(f.mentionsBasis(), f.factsWithGroups(), f.groups(), f.factsWithForms(), f.forms(),
                f.countsBasis(), f.counts(), statisticsNote(c, r), c == null ? pooled(r, period) : ofCountry(c, period));
        return new Fresh<>(withStatistics, facts.dataVersion(), facts.computedAt(), facts.cached());
    }

    private static String statisticsNote(String country, String region) {
        String common = "UNODC GLOTIP and published national submissions, detected trafficking victims, dimension Total: women and girls"
                + " are female victims of any age, children are victims aged 0–17. Published figures only.";
        if (country != null) {
            return common + " Country " + country + "; a year whose figure is suppressed (\"<5\") or missing has no share.";
        }
        return common + " Pooled over the countries" + (region == null ? "" : " of " + region) + " that published, for the year,"
                + " all three figures (total, female, 0–17) as numbers (column Countries): each share is the sum of their women and girls"
                + " (or children) over the sum of their totals. The countries publishing change from year to year.";
    }

    private List<CountryStatistics.Share> ofCountry(String country, Period period) {
        return statistics.forCountry(country).shares().stream().filter(s -> inPeriod(s.year(), period)).toList();
    }

    private List<PooledShare> pooled(String region, Period period) {
        TreeMap<Integer, long[]> years = new TreeMap<>();
        for (Country country : Countries.bundled().all()) {
            if (region != null && !FlowMatrix.inRegion(country.iso3(), region)) {
                continue;
            }
            for (var s : statistics.forCountry(country.iso3()).shares()) {
                if (inPeriod(s.year(), period) && s.total() != null && s.total() > 0 && s.womenAndGirls() != null && s.children() != null) {
                    long[] sum = years.computeIfAbsent(s.year(), y -> new long[4]);
                    sum[0]++;
                    sum[1] += s.total();
                    sum[2] += s.womenAndGirls();
                    sum[3] += s.children();
                }
            }
        }
        List<PooledShare> out = new ArrayList<>();
        years.forEach((year, sum) -> out.add(new PooledShare(year, (int) sum[0], sum[1], sum[2], sum[3],
                round((double) sum[2] / sum[1]), round((double) sum[3] / sum[1]))));
        return out;
    }

    private static boolean inPeriod(int year, Period period) {
        return (period.from() == null || year >= period.from()) && (period.to() == null || year <= period.to());
    }

    private Profile read(String country, String region, Period period, Basis basis) {
        String where = " from fact_view f where (:all or reviewed) and (:from < 0 or year >= :from) and (:to < 0 or year <= :to)"
                + " and (:country = '' or country = :country)"
                + " and (:region = '' or exists (select 1 from country k where k.iso3 = f.country"
                + " and :region in (k.region, k.subregion, k.intermediate_region)))";
        Map<String, Object> p = Map.of("all", basis == Basis.ALL, "from", period.from() == null ? -1 : period.from(),
                "to", period.to() == null ? -1 : period.to(), "country", country == null ? "" : country,
                "region", region == null ? "" : region);
        int withGroups = jdbc.sql("select count(*)" + where + " and type = 'country_role' and cardinality(victim_groups) > 0")
                .params(p).query(Integer.class).single();
        int withForms = jdbc.sql("select count(*)" + where + " and type = 'country_role' and cardinality(forms) > 0")
                .params(p).query(Integer.class).single();
        List<Share> groups = shares("victim_groups", where, p, withGroups);
        List<Share> forms = shares("forms", where, p, withForms);
        List<CountShare> counts = new ArrayList<>();
        for (String metric : List.of("female_victims", "male_victims", "child_victims")) {
            jdbc.sql("select coalesce(sum(part.value), 0), coalesce(sum(total.value), 0), count(*)"
                            + " from (select country, year, source_id, max(value) as value" + where
                            + " and type = 'statistic' and metric = :metric and qualifier is null group by 1, 2, 3) part"
                            + " join (select country, year, source_id, max(value) as value" + where
                            + " and type = 'statistic' and metric = 'victims_identified' and qualifier is null group by 1, 2, 3) total"
                            + " using (country, year, source_id) where total.value > 0 and part.value <= total.value")
                    .params(p).param("metric", metric)
                    .query(rs -> {
                        double part = rs.getDouble(1);
                        double total = rs.getDouble(2);
                        counts.add(new CountShare(metric, part, total, total > 0 ? round(part / total) : null, rs.getInt(3)));
                    });
        }
        return new Profile(
                "Share of country_role facts (" + basis.describe() + ") naming each group, among the " + withGroups
                        + " that name any; a fact may name several groups. This measures how often sources mention a group, not how many victims belong to it.",
                withGroups, groups, withForms, forms,
                "Reported female, male and child victims divided by victims identified, summed over the country-years where the same source reports both (statistic facts, percentages excluded).",
                counts, null, List.of());
    }

    private List<Share> shares(String column, String where, Map<String, Object> p, int total) {
        List<Share> out = new ArrayList<>();
        String unnested = where.replace(" from fact_view f where", " from fact_view f cross join lateral unnest(f." + column + ") as g where");
        jdbc.sql("select g, count(*)" + unnested + " and type = 'country_role' group by g order by count(*) desc, g")
                .params(p)
                .query(rs -> {
                    out.add(new Share(rs.getString(1), rs.getInt(2), total > 0 ? round((double) rs.getInt(2) / total) : null));
                });
        return out;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
