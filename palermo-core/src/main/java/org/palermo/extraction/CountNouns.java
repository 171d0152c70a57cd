package org.palermo.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Nouns that statistics count ("victims", "cases", "investigations", "personas"), from {@code data/extraction/count-nouns.txt}. */
final class CountNouns {

    static final String RESOURCE = "data/extraction/count-nouns.txt";
    static final Set<String> ALL = read();

    private CountNouns() {
    }

    private static Set<String> read() {
        InputStream stream = CountNouns.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("Missing bundled resource " + RESOURCE);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String w : line.strip().split("\\s+")) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
