package org.palermo.statistics;

import java.util.List;

/**
 * A selection of published figures; each list is "any of", an empty list means no restriction.
 * {@code category} matches the normalised category (an ISO3 code for nationalities) or the text as published.
 */
public record StatisticsQuery(List<String> countries, List<String> indicators, List<String> dimensions, List<String> categories,
                              List<String> sexes, List<String> ages, List<Integer> years) {

    public static StatisticsQuery country(String iso3) {
        return new StatisticsQuery(List.of(iso3), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
