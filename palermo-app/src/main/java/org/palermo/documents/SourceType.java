package org.palermo.documents;

import java.util.Arrays;
import java.util.Locale;

import org.palermo.system.InvalidInputException;

/** The kinds of source the UNODC database was coded from (seed 001 ¶4), plus court decisions and State replies. */
public enum SourceType {
    OFFICIAL_STATISTICS,
    INTERNATIONAL_ORGANISATION,
    NGO,
    ACADEMIC,
    CONFERENCE_PAPER,
    MEDIA,
    COURT_DECISION,
    STATE_REPLY;

    public static SourceType parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(t -> t.name().equals(v)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "Unknown source type '" + value + "'; one of "
                        + Arrays.toString(values())));
    }
}
