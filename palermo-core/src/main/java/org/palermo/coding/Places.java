package org.palermo.coding;

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

/**
 * Countries named in a decision, by name or demonym ("Mexico", "Mexican"), from the bundled
 * {@code data/coding/countries.tsv}; US states ({@code us-states.txt}) count as the United States,
 * and are read first so that "New Mexico" is not Mexico.
 */
final class Places {

    /** A country named in the text; {@code demonym} when it was named by its people's adjective ("Mexican"). */
    record Mention(String iso3, int start, int end, boolean demonym) {
    }

    static final String COUNTRIES = "data/coding/countries.tsv";
    static final String US_STATES = "data/coding/us-states.txt";

    /** Longest place name, in words ("Federated States of Micronesia"). */
    private static final int MAX_WORDS = 6;

    private final Map<String, String> isoByName = new HashMap<>();
    private final java.util.Set<String> demonyms = new java.util.HashSet<>();

    private static final class Bundled {
        static final Places INSTANCE = new Places();
    }

    static Places bundled() {
        return Bundled.INSTANCE;
    }

    private Places() {
        for (String line : lines(COUNTRIES)) {
            String[] cols = line.split("\t", -1);
            for (int c = 1; c < cols.length; c++) {
                for (String name : cols[c].split("\\|")) {
                    if (!name.isBlank()) {
                        isoByName.putIfAbsent(name.trim(), cols[0]);
                        if (c == 2) {
                            demonyms.add(name.trim());
                        }
                    }
                }
            }
        }
        for (String state : lines(US_STATES)) {
            isoByName.put(state, "USA");
        }
    }

    /**
     * Every country mention, US states reported as USA, in text order: at each capitalised word,
     * the longest run of up to {@value #MAX_WORDS} words that is a known name ("New Mexico" before "Mexico").
     */
    List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean wordStart = Character.isUpperCase(c) && (i == 0 || !isWordChar(text.charAt(i - 1)));
            if (!wordStart) {
                i++;
                continue;
            }
            int matchEnd = -1;
            String iso = null;
            boolean demonym = false;
            int end = i;
            for (int w = 0; w < MAX_WORDS && end < n; w++) {
                while (end < n && isWordChar(text.charAt(end))) {
                    end++;
                }
                String candidate = text.substring(i, end);
                String hit = isoByName.get(candidate);
                if (hit == null && candidate.endsWith(".")) {
                    hit = isoByName.get(candidate.substring(0, candidate.length() - 1));
                    if (hit != null) {
                        candidate = candidate.substring(0, candidate.length() - 1);
                    }
                }
                if (hit != null) {
                    iso = hit;
                    matchEnd = i + candidate.length();
                    demonym = demonyms.contains(candidate);
                }
                if (end + 1 >= n || text.charAt(end) != ' ' || !isWordChar(text.charAt(end + 1))) {
                    break;
                }
                end++;
            }
            if (iso != null) {
                found.add(new Mention(iso, i, matchEnd, demonym));
                i = matchEnd;
            } else {
                i++;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
            }
        }
        return found;
    }

    /** True when the whole of {@code words} is a country's or a US state's name or demonym. */
    boolean isPlace(String words) {
        return isoByName.containsKey(words);
    }

    /** True when {@code word} is a people's adjective ("Mexican"), not a country's name. */
    boolean isDemonym(String word) {
        return demonyms.contains(word);
    }

    /** The ISO alpha-3 code a country name or demonym stands for, or null. */
    String iso3(String words) {
        return isoByName.get(words);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’';
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Places.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
