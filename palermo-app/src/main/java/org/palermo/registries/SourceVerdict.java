package org.palermo.registries;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one source says about a country's standing at a date.
 *
 * @param certain false when the source dates its entry by a month or year that contains the date asked
 *                ("ratified in 2011" on 2011-06-30), or when the verdict is only the source's latest record before
 *                that date ({@code as_of}); only certain verdicts can disagree
 * @param since   the date of the act that made the country a party, as the source gives it
 * @param says    the verdict in words ("ratification 2002-08-21", "not a party (2009)")
 * @param asOf    set when the source says nothing about the date asked and this is its latest record before it
 */
public record SourceVerdict(String source, @JsonProperty("source_kind") SourceKind kind, TreatyStanding standing,
                            boolean certain, String since, String says, @JsonProperty("as_of") LocalDate asOf, String link,
                            List<Long> entries) {
}
