package org.palermo.patterns;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One origin → destination pair (CONTRACTS.md §4: origin, destination, sources, weight). {@code sources}
 * is the number of distinct sources reporting it; {@code weight} is that number relative to the most
 * reported pair of the same answer (1.0 = the most reported), for drawing; {@code facts} the statements behind it.
 */
public record Flow(String origin, String destination, int sources, double weight, int facts,
                   @JsonProperty("first_year") Integer firstYear, @JsonProperty("last_year") Integer lastYear,
                   @JsonProperty("origin_name") String originName, @JsonProperty("destination_name") String destinationName,
                   @JsonProperty("origin_region") String originRegion, @JsonProperty("destination_region") String destinationRegion) {
}
