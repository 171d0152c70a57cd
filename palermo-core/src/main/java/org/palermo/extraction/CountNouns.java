package org.palermo.extraction;

import java.util.HashSet;
import java.util.Set;

/** Nouns that statistics count ("victims", "cases", "investigations", "personas"), from {@code data/extraction/count-nouns.txt}. */
final class CountNouns {

    static final String RESOURCE = "data/extraction/count-nouns.txt";
    static final Set<String> ALL = read();

    private CountNouns() {
    }

    private static Set<String> read() {
        Set<String> words = new HashSet<>();
        for (BundledLines.Line line : BundledLines.of(RESOURCE)) {
            for (String w : line.text().strip().split("\\s+")) {
                words.add(w);
            }
        }
        return Set.copyOf(words);
    }
}
