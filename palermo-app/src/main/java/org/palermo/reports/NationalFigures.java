package org.palermo.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.palermo.statistics.Observation;
import org.palermo.statistics.Submissions;

/**
 * National statistics as the report counts them. Per year: the countries that published a figure
 * (a suppressed "&lt;5" included), and the sum of the published numbers. Sums stay within one indicator
 * and one dimension: a country's total is never added to its breakdown by form, nor prosecutions to
 * convictions. A key published twice keeps its first value, as on the statistics pages.
 */
public final class NationalFigures {

    private NationalFigures() {
    }

    /** One year of one indicator: countries publishing, the sum of their numbers, how many published "&lt;5". */
    public record Year(int year, int countries, long total, int suppressed) {
    }

    public record Series(String indicator, List<Year> years, String sources) {
        public Year year(int y) {
            return years.stream().filter(x -> x.year() == y).findFirst().orElse(null);
        }
    }

    /** One year of a breakdown within one dimension: countries publishing any category, and the sum per category published. */
    public record Breakdown(int year, int countries, Map<String, Long> sums, long total) {
        public Long sum(String category) {
            return sums.get(category);
        }

        public Double share(String category) {
            return total == 0 || !sums.containsKey(category) ? null : sums.get(category) / (double) total;
        }
    }

    /** One year of a part of a total (women among persons convicted): only countries publishing both count. */
    public record Part(int year, int countries, long part, long total) {
        public Double share() {
            return total == 0 ? null : part / (double) total;
        }
    }

    /** Per year, from the observations of one indicator with dimension, category, sex and age all fixed. */
    static Series totals(String indicator, List<Observation> observations) {
        Map<Integer, Map<String, Observation>> byYear = firstPerCountry(observations, o -> o.country());
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, countries) -> {
            long total = countries.values().stream().filter(o -> o.value() != null).mapToLong(Observation::value).sum();
            int suppressed = (int) countries.values().stream().filter(o -> o.value() == null).count();
            years.add(new Year(year, countries.size(), total, suppressed));
        });
        return new Series(indicator, years, sources(observations));
    }

    /** Per year, the sum per category of one dimension (suppressed cells counted as published, not added). */
    static List<Breakdown> breakdown(List<Observation> observations, List<String> categories) {
        Map<Integer, Map<String, Observation>> byYear = firstPerCountry(
                observations.stream().filter(o -> categories.contains(o.categoryText())).toList(), o -> o.country() + "|" + o.categoryText());
        List<Breakdown> out = new ArrayList<>();
        byYear.forEach((year, cells) -> {
            // a category no country published for the year stays absent (shown as —), not a zero
            Map<String, Long> sums = new LinkedHashMap<>();
            Set<String> countries = new LinkedHashSet<>();
            cells.values().forEach(o -> {
                countries.add(o.country());
                sums.merge(o.categoryText(), o.value() == null ? 0L : o.value(), Long::sum);
            });
            out.add(new Breakdown(year, countries.size(), sums, sums.values().stream().mapToLong(Long::longValue).sum()));
        });
        return out;
    }

    /** Per year, parts against totals of the same countries: a country counts only where both are published as numbers. */
    static List<Part> parts(List<Observation> parts, List<Observation> totals) {
        Map<Integer, Map<String, Observation>> p = firstPerCountry(parts, Observation::country);
        Map<Integer, Map<String, Observation>> t = firstPerCountry(totals, Observation::country);
        List<Part> out = new ArrayList<>();
        p.forEach((year, byCountry) -> {
            Map<String, Observation> totalsOfYear = t.getOrDefault(year, Map.of());
            int countries = 0;
            long part = 0;
            long total = 0;
            for (Observation o : byCountry.values()) {
                Observation whole = totalsOfYear.get(o.country());
                if (o.value() != null && whole != null && whole.value() != null && whole.value() > 0) {
                    countries++;
                    part += o.value();
                    total += whole.value();
                }
            }
            if (countries > 0) {
                out.add(new Part(year, countries, part, total));
            }
        });
        return out;
    }

    /** The sources named by the observations, as a reader knows them. */
    static String sources(List<Observation> observations) {
        Set<String> names = new LinkedHashSet<>();
        observations.stream().map(Observation::source).distinct().sorted().forEach(s -> names.add(switch (s) {
            case "GLOTIP" -> "UNODC, Global Report on Trafficking in Persons data (GLOTIP)";
            case Submissions.SOURCE -> "national submissions validated and published in Palermo";
            default -> s;
        }));
        return names.isEmpty() ? "no published figure" : String.join("; ", names);
    }

    /** Year → key → the first observation with that key, in the order the statistics module publishes them. */
    private static Map<Integer, Map<String, Observation>> firstPerCountry(List<Observation> observations,
                                                                       java.util.function.Function<Observation, String> key) {
        Map<Integer, Map<String, Observation>> byYear = new TreeMap<>();
        for (Observation o : observations) {
            if (o.country() != null) {
                byYear.computeIfAbsent(o.year(), y -> new LinkedHashMap<>()).putIfAbsent(key.apply(o), o);
            }
        }
        return byYear;
    }
}
