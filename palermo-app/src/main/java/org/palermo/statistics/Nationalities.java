package org.palermo.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.palermo.text.CsvReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns nationality categories as countries wrote them ("Nigerian", "NIGERIA", "Nigeriana") into
 * ISO 3166 alpha-3 codes. Names come from the bundled country list and world-countries (names,
 * translations, demonyms); misspellings seen in GLOTIP are listed in
 * {@code data/statistics/nationality-aliases.csv}. "Nationals" and its kin mean the reporting country.
 * Anything else (regions, "Unknown", "Abroad", form codes) is not a country and stays as written.
 */
final class Nationalities {

    static final String SELF = "@SELF";
    private final Map<String, String> byKey;

    private Nationalities(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    private static final class Bundled {
        static final Nationalities INSTANCE = load();
    }

    static Nationalities bundled() {
        return Bundled.INSTANCE;
    }

    /** The ISO3 code for a category as written, given the reporting country; empty when it is not a country. */
    Optional<String> iso3(String written, String reportingCountry) {
        String code = byKey.get(key(written));
        if (code == null) {
            return Optional.empty();
        }
        return SELF.equals(code) ? Optional.ofNullable(reportingCountry) : Optional.of(code);
    }

    static String key(String s) {
        if (s == null) {
            return "";
        }
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTERS.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^a-z]");

    private static Nationalities load() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> other = new HashMap<>();
        Map<String, String> demonyms = new HashMap<>();
        for (Country c : Countries.bundled().all()) {
            names.putIfAbsent(key(c.name()), c.iso3());
            names.putIfAbsent(key(c.iso3()), c.iso3());
        }
        JsonNode world = readJson("data/reference/world-countries.json");
        for (JsonNode c : world) {
            String iso3 = c.path("cca3").asString();
            if (!Countries.bundled().isKnown(iso3)) {
                continue;
            }
            put(names, c.path("name").path("common").asString(), iso3);
            put(names, c.path("name").path("official").asString(), iso3);
            for (JsonNode alt : c.path("altSpellings")) {
                put(other, alt.asString(), iso3);
            }
            for (JsonNode t : c.path("translations")) {
                put(other, t.path("common").asString(), iso3);
                put(other, t.path("official").asString(), iso3);
            }
            for (JsonNode d : c.path("demonyms")) {
                for (String g : List.of("f", "m")) {
                    String demonym = d.path(g).asString();
                    put(demonyms, demonym, iso3);
                    put(demonyms, demonym + "s", iso3);
                }
            }
        }
        Map<String, String> all = new HashMap<>(demonyms);
        all.putAll(other);
        all.putAll(names);
        for (List<String> row : csv("data/statistics/nationality-aliases.csv")) {
            all.put(key(row.get(0)), row.get(1));
        }
        return new Nationalities(Map.copyOf(all));
    }

    private static void put(Map<String, String> map, String written, String iso3) {
        String k = key(written);
        if (k.length() >= 3) {
            map.putIfAbsent(k, iso3);
        }
    }

    private static JsonNode readJson(String resource) {
        try (InputStream in = open(resource)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> csv(String resource) {
        try (InputStream in = open(resource)) {
            List<List<String>> rows = CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            return rows.subList(1, rows.size()).stream().filter(r -> r.size() >= 2 && !r.get(0).isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Nationalities.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing bundled resource " + resource);
        }
        return in;
    }
}
