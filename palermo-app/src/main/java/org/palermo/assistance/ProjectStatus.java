package org.palermo.assistance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A project's state, as the IATI ActivityStatus codelist has it (code 1–6). */
public enum ProjectStatus {
    PIPELINE("1"), IMPLEMENTATION("2"), FINALISATION("3"), CLOSED("4"), CANCELLED("5"), SUSPENDED("6");

    private final String iati;

    ProjectStatus(String iati) {
        this.iati = iati;
    }

    public String iati() {
        return iati;
    }

    public static Optional<ProjectStatus> ofIati(String code) {
        return Arrays.stream(values()).filter(s -> s.iati.equals(code == null ? null : code.strip())).findFirst();
    }

    /** By name ("closed") or IATI code ("4"). */
    public static Optional<ProjectStatus> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String name = s.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst().or(() -> ofIati(s));
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
