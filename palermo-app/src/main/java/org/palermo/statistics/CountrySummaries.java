package org.palermo.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.palermo.system.NotFoundException;
import org.springframework.stereotype.Service;

/** Builds {@link CountryStatistics}: the public summary of one country's published figures. */
@Service
public class CountrySummaries {

    static final String VICTIMS = "Detected trafficking victims";
    static final List<String> JUSTICE = List.of("Persons brought into formal contact", "Persons prosecuted", "Persons convicted",
            "Offences of trafficking in persons");
    static final String FORM = "by form of exploitation";
    static final List<String> FORMS = List.of("Sexual exploitation", "Forced labour", "Other forms of exploitation");

    private final Statistics statistics;

    CountrySummaries(Statistics statistics) {
        this.statistics = statistics;
    }

    /** The summary for one country (ISO3); 404 for an unknown code, an empty summary for a country without figures. */
    public CountryStatistics forCountry(String iso3) {
        Country country = Countries.bundled().byIso3(iso3 == null ? "" : iso3.strip())
                .orElseThrow(() -> new NotFoundException("No country with ISO3 code '" + iso3 + "'"));
        return statistics.cached("country:" + country.iso3(), () -> build(country));
    }

    private CountryStatistics build(Country country) {
        List<Observation> all = statistics.find(StatisticsQuery.country(country.iso3()));
        Cells cells = new Cells(all);
        TreeSet<Integer> years = all.stream().map(Observation::year).collect(Collectors.toCollection(TreeSet::new));
        List<Integer> span = years.isEmpty() ? List.of() : range(years.first(), years.last());
        List<CountryStatistics.Chart> charts = new ArrayList<>();
        chart(charts, "victims", "Detected trafficking victims", "Total", span,
                List.of(cells.series("All detected victims", VICTIMS, "Total", "Total", "Total", "Total", span)));
        List<CountryStatistics.Series> justice = new ArrayList<>();
        for (String indicator : JUSTICE) {
            justice.add(cells.series(indicator, indicator, "Total", "Total", "Total", "Total", span));
        }
        chart(charts, "justice", "Criminal justice response", "Total", span, justice);
        chart(charts, "victims-sex-age", "Detected victims by sex and age", "Total", span, List.of(
                cells.series("Women (18 or over)", VICTIMS, "Total", "Total", "Female", "18 years or over", span),
                cells.series("Girls (0 to 17)", VICTIMS, "Total", "Total", "Female", "0 to 17 years", span),
                cells.series("Men (18 or over)", VICTIMS, "Total", "Total", "Male", "18 years or over", span),
                cells.series("Boys (0 to 17)", VICTIMS, "Total", "Total", "Male", "0 to 17 years", span)));
        List<CountryStatistics.Series> forms = new ArrayList<>();
        for (String form : FORMS) {
            forms.add(cells.series(form, VICTIMS, FORM, form, "Total", "Total", span));
        }
        chart(charts, "victims-form", "Detected victims by form of exploitation", FORM, span, forms);
        List<CountryStatistics.Series> convictedForms = new ArrayList<>();
        for (String form : FORMS) {
            convictedForms.add(cells.series(form, "Persons convicted", FORM, form, "Total", "Total", span));
        }
        chart(charts, "convicted-form", "Persons convicted by form of exploitation", FORM, span, convictedForms);
        List<CountryStatistics.Share> shares = shares(cells, span);
        int suppressed = (int) all.stream().filter(o -> o.value() == null).count();
        int conflicts = (int) all.stream().filter(Observation::conflict)
                .map(o -> List.of(o.indicator(), o.dimension(), o.categoryText(), o.sex(), o.age(), o.year())).distinct().count();
        return new CountryStatistics(country.iso3(), country.name(), years.isEmpty() ? null : years.first(),
                years.isEmpty() ? null : years.last(), charts, shares, notes(cells, span, suppressed, conflicts, shares),
                all.size(), suppressed, conflicts);
    }

    private static void chart(List<CountryStatistics.Chart> charts, String id, String title, String dimension, List<Integer> years,
                              List<CountryStatistics.Series> series) {
        List<CountryStatistics.Series> withData = series.stream()
                .filter(s -> s.points().stream().anyMatch(p -> p.valueText() != null)).toList();
        if (!withData.isEmpty()) {
            charts.add(new CountryStatistics.Chart(id, title, dimension, years, withData));
        }
    }

    private static List<CountryStatistics.Share> shares(Cells cells, List<Integer> years) {
        List<CountryStatistics.Share> shares = new ArrayList<>();
        for (int year : years) {
            Long total = cells.value(VICTIMS, "Total", "Total", "Total", "Total", year);
            if (total == null || total == 0) {
                continue;
            }
            Long female = cells.value(VICTIMS, "Total", "Total", "Female", "Total", year);
            if (female == null) {
                female = sum(cells.value(VICTIMS, "Total", "Total", "Female", "0 to 17 years", year),
                        cells.value(VICTIMS, "Total", "Total", "Female", "18 years or over", year));
            }
            Long children = cells.value(VICTIMS, "Total", "Total", "Total", "0 to 17 years", year);
            if (children == null) {
                children = sum(cells.value(VICTIMS, "Total", "Total", "Female", "0 to 17 years", year),
                        cells.value(VICTIMS, "Total", "Total", "Male", "0 to 17 years", year));
            }
            shares.add(new CountryStatistics.Share(year, total, female, children, ratio(female, total), ratio(children, total)));
        }
        return shares;
    }

    private static List<String> notes(Cells cells, List<Integer> span, int suppressed, int conflicts,
                                      List<CountryStatistics.Share> shares) {
        List<String> notes = new ArrayList<>();
        if (span.isEmpty()) {
            notes.add("No figures have been published for this country.");
            return notes;
        }
        for (String indicator : concat(VICTIMS, JUSTICE)) {
            List<Integer> missing = span.stream().filter(y -> cells.text(indicator, "Total", "Total", "Total", "Total", y) == null).toList();
            if (missing.size() == span.size()) {
                notes.add(indicator + ": no total published for any year.");
            } else if (!missing.isEmpty()) {
                notes.add(indicator + ": no total published for " + years(missing) + ".");
            }
        }
        if (suppressed > 0) {
            notes.add(suppressed + " figures are suppressed by the source (\"<5\": fewer than five, exact number not published); "
                    + "charts show them as gaps, never as zero.");
        }
        if (conflicts > 0) {
            notes.add(conflicts + " figures were published more than once with different values; charts leave them out "
                    + "(see data quality).");
        }
        List<Integer> noShare = shares.stream().filter(s -> s.shareWomenAndGirls() == null || s.shareChildren() == null)
                .map(CountryStatistics.Share::year).toList();
        if (!noShare.isEmpty()) {
            notes.add("Shares of women and girls or of children cannot be computed for " + years(noShare)
                    + " (a figure by sex or age is missing or suppressed).");
        }
        return notes;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Long sum(Long a, Long b) {
        return a == null || b == null ? null : a + b;
    }

    private static Double ratio(Long part, Long total) {
        return part == null || total == null || total == 0 ? null : Math.round(1000.0 * part / total) / 1000.0;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        return years;
    }

    /** The figures of one country by cell and year; a cell published twice with different values has no value. */
    private static final class Cells {
        private final Map<String, List<Observation>> byKey = new LinkedHashMap<>();

        Cells(List<Observation> all) {
            for (Observation o : all) {
                byKey.computeIfAbsent(key(o.indicator(), o.dimension(), o.category(), o.sex(), o.age(), o.year()),
                        k -> new ArrayList<>()).add(o);
            }
        }

        private static String key(String indicator, String dimension, String category, String sex, String age, int year) {
            return String.join("|", indicator, dimension, category, sex, age, String.valueOf(year));
        }

        /** The published submission if any, else the release's value; null when missing, suppressed or conflicting. */
        Long value(String indicator, String dimension, String category, String sex, String age, int year) {
            List<Observation> list = byKey.get(key(indicator, dimension, category, sex, age, year));
            if (list == null) {
                return null;
            }
            Observation national = list.stream().filter(o -> !o.source().equals("GLOTIP") && !o.conflict()).findFirst().orElse(null);
            if (national != null) {
                return national.value();
            }
            return list.stream().map(Observation::valueText).distinct().count() > 1 ? null : list.get(0).value();
        }

        String text(String indicator, String dimension, String category, String sex, String age, int year) {
            List<Observation> list = byKey.get(key(indicator, dimension, category, sex, age, year));
            if (list == null) {
                return null;
            }
            return list.stream().map(Observation::valueText).distinct().collect(Collectors.joining(" / "));
        }

        CountryStatistics.Series series(String label, String indicator, String dimension, String category, String sex, String age,
                                        List<Integer> years) {
            List<CountryStatistics.Point> points = new ArrayList<>();
            for (int y : years) {
                points.add(new CountryStatistics.Point(y, value(indicator, dimension, category, sex, age, y),
                        text(indicator, dimension, category, sex, age, y)));
            }
            return new CountryStatistics.Series(label, indicator, dimension, category, sex, age, points);
        }
    }
}
