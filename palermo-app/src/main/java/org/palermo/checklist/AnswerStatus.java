package org.palermo.checklist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a country has put a measure in place, as its focal point says. The score turns statuses into
 * progress: a measure in place counts 1, partly in place ½, planned ¼, not in place 0; "not applicable"
 * leaves the measure out of the count.
 */
public enum AnswerStatus {
    NOT_IN_PLACE("not in place", 0.0),
    PLANNED("planned", 0.25),
    PARTIALLY_IN_PLACE("partly in place", 0.5),
    IN_PLACE("in place", 1.0),
    NOT_APPLICABLE("not applicable", Double.NaN);

    private final String label;
    private final double score;

    AnswerStatus(String label, double score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    public double score() {
        return score;
    }

    public boolean applicable() {
        return this != NOT_APPLICABLE;
    }

    public static Optional<AnswerStatus> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String code = s.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
