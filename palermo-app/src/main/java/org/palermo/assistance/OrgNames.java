package org.palermo.assistance;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Organisation names as the registry compares them. {@link #key} folds case, accents and punctuation, so
 * "Asociación Fundación, Inc." and "asociacion fundacion inc" are one organisation. {@link #tokens} are the
 * words that tell organisations apart, plus the acronym of each run of capitalised words, so that "IOM"
 * meets "International Organization for Migration" and "UNICEF, IOM, Sisters of Idia Renaissance" meets a
 * list with the same members.
 */
final class OrgNames {

    private static final Set<String> STOP = Set.of("of", "for", "the", "and", "in", "on", "to", "de", "la", "le", "el", "des",
            "du", "del", "y", "et", "inc", "ltd", "a", "an");

    private OrgNames() {
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String key = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return key.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : key;
    }

    static Set<String> tokens(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : key(name).split(" ")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        // Acronyms of runs of capitalised words ("International Organization for Migration" -> "iom"), stop words
        // inside a run allowed, as organisations write them.
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder acronym = new StringBuilder();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0)) && !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)))) {
                acronym.append(Character.toLowerCase(w.charAt(0)));
            } else if (!STOP.contains(w.toLowerCase(Locale.ROOT)) || acronym.isEmpty()) {
                flush(acronym, out);
            }
        }
        flush(acronym, out);
        return out;
    }

    private static void flush(StringBuilder acronym, Set<String> out) {
        if (acronym.length() >= 3) {
            out.add(acronym.toString());
        }
        acronym.setLength(0);
    }

    /**
     * How alike two names are, 0–1: 1 for the same folded name; otherwise the mean of the tokens' Jaccard index
     * (shared / all) and overlap coefficient (shared / fewer), so that a short name wholly inside a longer one
     * ("IOM" in "International Organization for Migration", or in a list of partners) counts, but less than
     * the same name.
     */
    static double similarity(String a, String b) {
        if (key(a).equals(key(b))) {
            return 1.0;
        }
        return similarity(tokens(a), tokens(b));
    }

    /** {@link #similarity(String, String)} of names whose tokens are already known (and whose keys differ). */
    static double similarity(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long shared = x.stream().filter(y::contains).count();
        double jaccard = (double) shared / (x.size() + y.size() - shared);
        double overlap = (double) shared / Math.min(x.size(), y.size());
        return (jaccard + overlap) / 2;
    }
}
