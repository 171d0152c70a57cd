package org.palermo.patterns;

import java.util.Locale;

import org.palermo.system.InvalidInputException;

/**
 * What a "distinct source" is. SOURCES: each registered source (one publication, e.g. the TIP report
 * of 2009) counts once — the contract's {@code sources}. PUBLISHERS: editions of one publisher's
 * series count once (the 16 TIP reports are one voice, the US Department of State), which is the
 * stricter reading of "independent sources".
 */
public enum Counting {
    SOURCES, PUBLISHERS;

    static Counting parse(String value) {
        if (value == null || value.isBlank()) {
            return SOURCES;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "sources", "publications" -> SOURCES;
            case "publishers" -> PUBLISHERS;
            default -> throw new InvalidInputException("count", "count is 'sources' (the default) or 'publishers', not '" + value + "'");
        };
    }
}
