package org.palermo.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the {@link Gazetteer} from the bundled reference files. The curated extra list is read
 * first so that it settles ambiguous phrases ("Dominican", "Congolese", "Korea") and blocks regions.
 */
final class GazetteerSource {

    static final String COUNTRIES_JSON = "data/reference/world-countries.json";
    static final String EXTRA = "data/extraction/gazetteer-extra.tsv";

    private final Map<String, Gazetteer.Entry> phrases = new HashMap<>();
    private final java.util.Set<String> lowerFirst = new java.util.HashSet<>();
    private final java.util.Set<String> firstAsWritten = new java.util.HashSet<>();
    private final Countries countries;

    private GazetteerSource(Countries countries) {
        this.countries = countries;
    }

    static Gazetteer read(Countries countries) {
        GazetteerSource source = new GazetteerSource(countries);
        source.readExtra();
        source.readIsoNames();
        source.readWorldCountries();
        return new Gazetteer(source.phrases, source.lowerFirst, source.firstAsWritten);
    }

    private void readExtra() {
        try (BufferedReader in = open(EXTRA)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String iso3 = f[0].equals("-") ? null : f[0];
                Gazetteer.Kind kind = Gazetteer.Kind.valueOf(f[1]);
                String phrase = f[2].strip();
                boolean lower = Character.isLowerCase(phrase.charAt(0));
                if (kind == Gazetteer.Kind.DEMONYM && lower) {
                    for (String form : GazetteerForms.spanish(phrase)) {
                        add(form, iso3, kind, true);
                    }
                } else if (kind == Gazetteer.Kind.DEMONYM) {
                    for (String form : GazetteerForms.english(phrase)) {
                        add(form, iso3, kind, false);
                    }
                } else {
                    add(phrase, iso3, kind, false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readIsoNames() {
        for (Country c : countries.all()) {
            add(c.name(), c.iso3(), Gazetteer.Kind.NAME, false);
        }
    }

    private void readWorldCountries() {
        JsonNode all;
        try (InputStream in = stream(COUNTRIES_JSON)) {
            all = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode c : all) {
            String iso3 = c.path("cca3").asString();
            if (iso3.equals("UNK")) {
                iso3 = "XKX"; // Kosovo: the code in use by the UN and the EU
            } else if (!countries.isKnown(iso3)) {
                continue;
            }
            addName(c.path("name").path("common"), iso3);
            addName(c.path("name").path("official"), iso3);
            for (JsonNode alt : c.path("altSpellings")) {
                String s = alt.asString();
                if (s.length() > 2) {
                    add(s, iso3, Gazetteer.Kind.NAME, false);
                }
            }
            for (String lang : List.of("fra", "spa")) {
                addName(c.path("translations").path(lang).path("common"), iso3);
                addName(c.path("translations").path(lang).path("official"), iso3);
            }
            JsonNode eng = c.path("demonyms").path("eng");
            for (String g : List.of("f", "m")) {
                for (String form : GazetteerForms.english(eng.path(g).asString())) {
                    add(form, iso3, Gazetteer.Kind.DEMONYM, false);
                }
            }
            JsonNode fra = c.path("demonyms").path("fra");
            for (String g : List.of("f", "m")) {
                for (String form : GazetteerForms.french(fra.path(g).asString())) {
                    add(form, iso3, Gazetteer.Kind.DEMONYM, true);
                }
            }
        }
    }

    private void addName(JsonNode node, String iso3) {
        if (node.isString()) {
            add(node.asString(), iso3, Gazetteer.Kind.NAME, false);
        }
    }

    private void add(String phrase, String iso3, Gazetteer.Kind kind, boolean lowerCaseAllowed) {
        if (phrase == null || phrase.isBlank()) {
            return;
        }
        GazetteerWords.Spans words = GazetteerWords.split(phrase, 0, phrase.length());
        if (words.size() == 0 || words.type(0) != GazetteerWords.WORD) {
            return;
        }
        StringBuilder key = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            if (words.type(w) == GazetteerWords.BREAK) {
                return;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(Gazetteer.normalise(phrase, words.start(w), words.end(w)));
        }
        String k = key.toString();
        String written = phrase.substring(words.start(0), words.end(0));
        String lowerWritten = written.toLowerCase(java.util.Locale.ROOT);
        firstAsWritten.add(written);
        firstAsWritten.add(written.toUpperCase(java.util.Locale.ROOT));
        firstAsWritten.add(Character.toUpperCase(lowerWritten.charAt(0)) + lowerWritten.substring(1));
        String plain = Gazetteer.normalise(phrase, words.start(0), words.end(0));
        firstAsWritten.add(Character.toUpperCase(plain.charAt(0)) + plain.substring(1));
        firstAsWritten.add(plain.toUpperCase(java.util.Locale.ROOT));
        if (lowerCaseAllowed || iso3 == null) {
            String first = phrase.substring(words.start(0), words.end(0));
            lowerFirst.add(first.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''));
            lowerFirst.add(first.toLowerCase(java.util.Locale.ROOT));
            lowerFirst.add(plain);
        }
        Gazetteer.Entry existing = phrases.get(k);
        if (existing != null && existing.kind() == Gazetteer.Kind.DEMONYM && kind == Gazetteer.Kind.NAME) {
            phrases.put(k, new Gazetteer.Entry(iso3, kind, false)); // "China" is a name, even if "china" is Spanish
            return;
        }
        phrases.putIfAbsent(k, new Gazetteer.Entry(iso3, kind, lowerCaseAllowed));
    }

    private static BufferedReader open(String resource) {
        return new BufferedReader(new InputStreamReader(stream(resource), StandardCharsets.UTF_8));
    }

    private static InputStream stream(String resource) {
        InputStream in = GazetteerSource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing bundled resource " + resource);
        }
        return in;
    }
}
