package org.palermo.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries named in a decision, by name or demonym ("Mexico", "Mexican"), from the bundled
 * {@code data/coding/countries.tsv}; US states ({@code us-states.txt}) count as the United States,
 * and are read first so that "New Mexico" is not Mexico.
 */
final class Places {

    record Mention(String iso3, int start, int end) {
    }

    static final String COUNTRIES = "data/coding/countries.tsv";
    static final String US_STATES = "data/coding/us-states.txt";

    private final Pattern states;
    private final List<String> isoOfGroup;
    private final Pattern countries;

    private static final class Bundled {
        static final Places INSTANCE = new Places();
    }

    static Places bundled() {
        return Bundled.INSTANCE;
    }

    private Places() {
        states = Pattern.compile("\\b(?:" + alternation(lines(US_STATES)) + ")(?![\\w])");
        isoOfGroup = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        for (String line : lines(COUNTRIES)) {
            String[] cols = line.split("\t", -1);
            List<String> words = new ArrayList<>();
            for (int c = 1; c < cols.length; c++) {
                for (String w : cols[c].split("\\|")) {
                    if (!w.isBlank()) {
                        words.add(w.trim());
                    }
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            regex.append(regex.length() == 0 ? "" : "|").append("(").append(alternation(words)).append(")");
            isoOfGroup.add(cols[0]);
        }
        countries = Pattern.compile("(?<![\\w.])(?:" + regex + ")(?![\\w])");
    }

    /** Every country mention, US states reported as USA, in text order. */
    List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        char[] masked = text.toCharArray();
        Matcher s = states.matcher(text);
        while (s.find()) {
            found.add(new Mention("USA", s.start(), s.end()));
            for (int i = s.start(); i < s.end(); i++) {
                masked[i] = ' ';
            }
        }
        Matcher c = countries.matcher(new String(masked));
        while (c.find()) {
            for (int g = 1; g <= c.groupCount(); g++) {
                if (c.group(g) != null) {
                    found.add(new Mention(isoOfGroup.get(g - 1), c.start(), c.end()));
                    break;
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
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
