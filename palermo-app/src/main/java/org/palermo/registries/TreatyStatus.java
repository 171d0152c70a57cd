package org.palermo.registries;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A country's standing towards the Protocol at a date: the verdict of the most trusted source that says something
 * ({@link SourceKind}), every source's own verdict, and whether certain verdicts disagree.
 *
 * @param asOf set when no source speaks of the date itself and the standing is the latest record before it
 *             (a country no source lists as a party after the data sets end)
 */
public record TreatyStatus(String country, String name, LocalDate date, TreatyStanding standing,
                           @JsonProperty("standing_label") String standingLabel, boolean certain, String since, String says,
                           String source, @JsonProperty("source_kind") SourceKind sourceKind, String link,
                           @JsonProperty("as_of") LocalDate asOf, boolean disagreement, List<SourceVerdict> sources) {
}
