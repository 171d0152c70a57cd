package org.palermo.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How reviewers have judged the suggestions of one extraction rule (of one extractor version): facts
 * they accepted, corrected or rejected one by one. Facts accepted in a bulk step are counted apart and
 * not in the accuracy: they were accepted for their confidence, not judged, and counting them would let
 * the rule's own confidence vouch for itself. {@code suggested} (undecided suggestions) is filled only
 * where asked for, since counting it reads every suggestion.
 */
public record RuleAccuracy(String rule, String extractor, int accepted, int corrected, int rejected,
                           @JsonProperty("accepted_in_bulk") int acceptedInBulk, Integer suggested) {

    static final String NO_DECISIONS = "no decisions yet";

    /** Facts decided one by one. */
    @JsonProperty("decided")
    public int decided() {
        return accepted + corrected + rejected;
    }

    /** The share accepted as suggested, 0–1; null before any decision. */
    @JsonProperty("accuracy")
    public Double accuracy() {
        return decided() == 0 ? null : (double) accepted / decided();
    }

    /** "41 accepted, 3 corrected, 6 rejected (82 %)", or "no decisions yet". */
    @JsonProperty("summary")
    public String summary() {
        String bulk = acceptedInBulk == 0 ? "" : "; " + acceptedInBulk + " accepted in bulk, not counted";
        if (decided() == 0) {
            return NO_DECISIONS + bulk;
        }
        return accepted + " accepted, " + corrected + " corrected, " + rejected + " rejected ("
                + Math.round(100 * accuracy()) + " %)" + bulk;
    }

    static RuleAccuracy none(String rule, String extractor) {
        return new RuleAccuracy(rule, extractor, 0, 0, 0, 0, null);
    }
}
