package org.palermo.patterns;

import java.util.Locale;

import org.palermo.system.InvalidInputException;

/**
 * Which facts an analysis counts: only those a reviewer accepted or corrected (and curated imports,
 * stored as accepted), or also the extractor's open suggestions.
 */
public enum Basis {
    ACCEPTED, ALL;

    static Basis parse(String value) {
        if (value == null || value.isBlank()) {
            return ACCEPTED;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "accepted", "reviewed" -> ACCEPTED;
            case "all" -> ALL;
            default -> throw new InvalidInputException("basis", "basis is 'accepted' (the default) or 'all', not '" + value + "'");
        };
    }

    String describe() {
        return this == ACCEPTED ? "accepted and corrected facts, and curated imports"
                : "all live facts, including suggestions no reviewer has decided yet";
    }
}
