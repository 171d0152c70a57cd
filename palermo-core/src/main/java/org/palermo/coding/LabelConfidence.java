package org.palermo.coding;

import java.util.Map;

/**
 * How far to trust a label of the coder, per field: its 5-fold cross-validated precision (list
 * fields) or accuracy (single values) on the 60 development decisions, measured for this coder version
 * with {@code ./palermo eval cases --folds 5} (capped at 0.95: 55 decisions cannot show more).
 * Fields the development set does not code (or codes too rarely) get 0.5. These are the figures the
 * review queue's bulk accept compares with its threshold; the rules were written by people who had
 * read the same decisions, so on new decisions they are optimistic.
 */
public final class LabelConfidence {

    /** The coder whose labels these figures describe. */
    public static final String CODER = "case-coder 2026-12-06d";

    private static final Map<String, Double> BY_FIELD = Map.ofEntries(
            Map.entry("acts", 0.75), Map.entry("means", 0.75), Map.entry("purposes", 0.91), Map.entry("form", 0.94),
            Map.entry("minors_involved", 0.93), Map.entry("female_victims", 0.95), Map.entry("male_victims", 0.95),
            Map.entry("female_defendants", 0.88), Map.entry("male_defendants", 0.89), Map.entry("victims", 0.80));

    private LabelConfidence() {
    }

    /** The confidence of a label of {@code field} (JSON name: {@code minors_involved}). */
    public static double of(String field) {
        return BY_FIELD.getOrDefault(field, 0.5);
    }

    /** The rule a label of {@code field} comes from, as the review queue names it: {@code case.minors_involved}. */
    public static String rule(String field) {
        return "case." + field;
    }
}
