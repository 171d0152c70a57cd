package org.palermo.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The citation index against the Human Development Index (seed 001 ¶5), across all countries and within
 * each region, with Pearson's and Spearman's correlation. Countries with an HDI value that no source
 * cites count as zero sources, since leaving them out would hide exactly the countries the question is about.
 */
@Service
public class Development {

    static final String CAVEAT = "A correlation between how often sources cite a country and its HDI describes the sources as much as "
            + "the trafficking: richer countries are studied and reported more, and the TIP reports cover every country each year. "
            + "It is an association across countries, not a cause, and says nothing about individual countries.";

    private final JdbcClient jdbc;
    private final CitationIndex citations;

    Development(JdbcClient jdbc, CitationIndex citations) {
        this.jdbc = jdbc;
        this.citations = citations;
    }

    public record Point(String country, String name, String region, int sources, String level, Double hdi,
                        @JsonProperty("hdi_year") Integer hdiYear) {
    }

    public record Correlation(String scope, int n, Double pearson, Double spearman) {
    }

    public record Result(String role, String basis, List<Point> points, List<Correlation> correlations, String caveat,
                         @JsonProperty("data_version") long dataVersion) {
    }

    /** The comparison, with the freshness of the citation index it rests on. */
    public Fresh<Result> compare(String role, Basis basis, Period period) {
        Fresh<List<CitationEntry>> index = citations.compute(role, basis, period, Counting.SOURCES);
        Map<String, CitationEntry> byCountry = new HashMap<>();
        index.value().forEach(e -> byCountry.put(e.country(), e));
        Map<String, double[]> hdi = new HashMap<>();
        jdbc.sql("select distinct on (iso3) iso3, year, value from hdi where (:to < 0 or year <= :to) order by iso3, year desc")
                .param("to", period.to() == null ? -1 : period.to())
                .query(rs -> {
                    hdi.put(rs.getString(1).strip(), new double[] {rs.getInt(2), rs.getDouble(3)});
                });
        List<Point> points = new ArrayList<>();
        for (Country c : Countries.bundled().all()) {
            CitationEntry e = byCountry.get(c.iso3());
            double[] h = hdi.get(c.iso3());
            if (e == null && h == null) {
                continue;
            }
            points.add(new Point(c.iso3(), c.name(), c.region(), e == null ? 0 : e.sources(), e == null ? null : e.level(),
                    h == null ? null : h[1], h == null ? null : (int) h[0]));
        }
        points.sort(Comparator.comparing(Point::country));
        Map<String, List<Point>> groups = new LinkedHashMap<>();
        groups.put("World", points);
        points.stream().filter(p -> p.region() != null).map(Point::region).distinct().sorted()
                .forEach(r -> groups.put(r, points.stream().filter(p -> r.equals(p.region())).toList()));
        List<Correlation> correlations = new ArrayList<>();
        groups.forEach((scope, ps) -> {
            List<Point> paired = ps.stream().filter(p -> p.hdi() != null).toList();
            double[] x = paired.stream().mapToDouble(Point::hdi).toArray();
            double[] y = paired.stream().mapToDouble(Point::sources).toArray();
            correlations.add(new Correlation(scope, paired.size(), Statistics.pearson(x, y), Statistics.spearman(x, y)));
        });
        return new Fresh<>(new Result(CitationIndex.role(role), basis.describe(), points, correlations, CAVEAT, index.dataVersion()),
                index.dataVersion(), index.computedAt(), index.cached());
    }
}
