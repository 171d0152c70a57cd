package org.palermo.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** International and non-governmental organisations named in text, from {@code data/extraction/organisations.txt}. */
final class Organisations {

    static final String RESOURCE = "data/extraction/organisations.txt";

    private final Map<String, List<List<String>>> byFirstWord;

    private Organisations(Map<String, List<List<String>>> byFirstWord) {
        this.byFirstWord = Map.copyOf(byFirstWord);
    }

    private static final class Bundled {
        static final Organisations INSTANCE = read();
    }

    static Organisations bundled() {
        return Bundled.INSTANCE;
    }

    /** The organisation whose name starts at token {@code i}: {last token index, name}, or null. */
    Object[] matchAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.capitalised()) {
            return null;
        }
        List<List<String>> candidates = byFirstWord.get(t.text());
        if (candidates == null) {
            return null;
        }
        for (List<String> name : candidates) { // longest first
            if (i + name.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < name.size() && all; k++) {
                all = tokens.get(i + k).text().equals(name.get(k));
            }
            if (all) {
                int last = i + name.size() - 1;
                return new Object[] {last, String.join(" ", name).replace(" . ", ".")};
            }
        }
        return null;
    }

    private static Organisations read() {
        Map<String, List<List<String>>> map = new HashMap<>();
        InputStream stream = Organisations.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("Missing bundled resource " + RESOURCE);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (Token t : Tokens.of(line.strip(), 0, line.strip().length())) {
                    words.add(t.text());
                }
                map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(List.copyOf(words));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<List<String>>> sorted = new HashMap<>();
        map.forEach((k, v) -> {
            List<List<String>> copy = new ArrayList<>(v);
            copy.sort((a, b) -> b.size() - a.size());
            sorted.put(k, List.copyOf(copy));
        });
        return new Organisations(sorted);
    }
}
