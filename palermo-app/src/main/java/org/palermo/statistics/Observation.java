package org.palermo.statistics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One published figure as the API serves it (CONTRACTS.md §4), with a few extra fields:
 * the category and country as published, the unit, and whether the source published the same key
 * more than once with different values.
 */
@JsonPropertyOrder({"country", "indicator", "dimension", "category", "sex", "age", "year", "value", "value_text", "source",
        "unit", "category_text", "country_name", "conflict"})
public record Observation(
        String country,
        String indicator,
        String dimension,
        String category,
        String sex,
        String age,
        int year,
        Long value,
        @JsonProperty("value_text") String valueText,
        String source,
        String unit,
        @JsonProperty("category_text") String categoryText,
        @JsonProperty("country_name") String countryName,
        boolean conflict) {
}
