package org.palermo.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Inflected forms of demonyms: English plurals, French and Spanish gender and number. */
final class GazetteerForms {

    private GazetteerForms() {
    }

    /** "Nigerian" → Nigerian, Nigerians; "Chinese", "British", "Swiss" have no plural in -s. */
    static List<String> english(String demonym) {
        if (demonym == null || demonym.isBlank()) {
            return List.of();
        }
        String d = demonym.strip();
        if (d.endsWith("ese") || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("s") || d.endsWith("i")
                && d.length() < 5) {
            return List.of(d);
        }
        return List.of(d, d + "s");
    }

    /** "Nigériane" → nigériane, nigérianes (both cases). */
    static List<String> french(String demonym) {
        if (demonym == null || demonym.isBlank()) {
            return List.of();
        }
        String d = demonym.strip();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(d);
        if (!d.endsWith("s") && !d.endsWith("x")) {
            forms.add(d + "s");
        }
        return List.copyOf(forms);
    }

    /** "mexicano" → mexicano, mexicana, mexicanos, mexicanas; "francés" → francesa, franceses… */
    static List<String> spanish(String masculine) {
        String m = masculine.strip();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(m);
        if (m.endsWith("o")) {
            String stem = m.substring(0, m.length() - 1);
            forms.addAll(List.of(stem + "a", stem + "os", stem + "as"));
        } else if (m.endsWith("e")) {
            forms.add(m + "s");
        } else if (m.endsWith("í")) {
            forms.addAll(List.of(m + "es", m + "s"));
        } else if (m.endsWith("és") || m.endsWith("án")) {
            String stem = m.substring(0, m.length() - 2) + (m.endsWith("és") ? "es" : "an");
            forms.addAll(List.of(stem + "a", stem + "es", stem + "as"));
        } else if (m.endsWith("ol")) {
            forms.addAll(List.of(m + "a", m + "es", m + "as"));
        } else if (m.endsWith("a")) {
            forms.add(m + "s");
        }
        return List.copyOf(forms);
    }
}
