package org.palermo.patterns;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One country's row of the citation index (CONTRACTS.md §4: country, level, sources), with the number
 * of distinct publishers (editions of one annual report count once) and of facts behind it.
 */
public record CitationEntry(String country, String level, int sources, int publishers, int facts,
                            String name, String region, @JsonProperty("first_year") Integer firstYear,
                            @JsonProperty("last_year") Integer lastYear) {
}
