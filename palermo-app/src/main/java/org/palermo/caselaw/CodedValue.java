package org.palermo.caselaw;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One coded value of a decision and who it came from.
 *
 * @param origin    {@code IMPORTED} (human coding that came with the record), {@code REVIEWED} (set by a
 *                  reviewer) or {@code CODER} (the automatic coder)
 * @param status    {@code ACCEPTED}, {@code SUGGESTED} (the coder's, not yet reviewed) or {@code REJECTED}
 * @param quote     for the coder's values, the text it read the value from; {@code start}/{@code end} are
 *                  its offsets in the decision's text
 * @param rule      for the coder's values, the rule that gave it ({@code case.minors_involved}); its
 *                  {@code confidence} is the rule's cross-validated figure on the development decisions
 * @param decision  how a reviewer judged a coder's value: ACCEPTED, CORRECTED, REJECTED, or null while undecided
 */
public record CodedValue(long id, String field, String value, String origin, String status, String quote,
                         Integer start, Integer end, @JsonProperty("decided_by") String decidedBy,
                         String rule, Double confidence, String decision) {

    /** A value that counts: anything not rejected. */
    public boolean counts() {
        return !"REJECTED".equals(status);
    }

    /** From a person (imported or reviewed, or a coder suggestion a reviewer accepted). */
    public boolean human() {
        return !"CODER".equals(origin) || "ACCEPTED".equals(status);
    }
}
