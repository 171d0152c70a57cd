package org.palermo.checklist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five pillars of the Framework for Action (seed 003, Annex III, IV.B), in the Framework's order. */
public enum Pillar {
    PROSECUTION("Prosecution"),
    PROTECTION("Protection"),
    PREVENTION("Prevention"),
    NATIONAL_COORDINATION("National cooperation and coordination"),
    INTERNATIONAL_COOPERATION("International cooperation and coordination");

    private final String label;

    Pillar(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code ("PROTECTION"), case and spacing forgiven ("national coordination"); empty when it is none. */
    public static Optional<Pillar> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String code = s.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
