package org.palermo.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.palermo.reference.Countries;
import org.palermo.reference.Country;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the scorer turns a gold subject ("Serbia and Montenegro", "Canada; Denmark") into country
 * codes: exact, lower-cased names of the ISO list, then common and official names and alternative
 * spellings of world-countries.json, then a few fixed names. Deliberately not the {@link
 * org.palermo.reference.Gazetteer}: the harness must resolve subjects as {@code score_facts.py} does.
 */
final class StatisticsScoreNames {

    private final Map<String, String> names;

    private StatisticsScoreNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    private static final class Bundled {
        static final StatisticsScoreNames INSTANCE = read();
    }

    static StatisticsScoreNames bundled() {
        return Bundled.INSTANCE;
    }

    Set<String> subjectCodes(String subject) {
        Set<String> codes = new HashSet<>();
        for (String part : subject.split(";", -1)) {
            String code = names.get(part.strip().toLowerCase(Locale.ROOT));
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static StatisticsScoreNames read() {
        Map<String, String> names = new HashMap<>();
        for (Country c : Countries.bundled().all()) {
            names.put(c.name().toLowerCase(Locale.ROOT), c.iso3());
        }
        try (InputStream in = StatisticsScoreNames.class.getClassLoader()
                .getResourceAsStream("data/reference/world-countries.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource data/reference/world-countries.json");
            }
            for (JsonNode c : JsonMapper.builder().build().readTree(in)) {
                String code = c.path("cca3").asString();
                names.putIfAbsent(c.path("name").path("common").asString().toLowerCase(Locale.ROOT), code);
                names.putIfAbsent(c.path("name").path("official").asString().toLowerCase(Locale.ROOT), code);
                for (JsonNode alt : c.path("altSpellings")) {
                    names.putIfAbsent(alt.asString().toLowerCase(Locale.ROOT), code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.putAll(Map.of("serbia and montenegro", "SRB", "republic of korea", "KOR", "bosnia", "BIH",
                "united states", "USA", "turkey", "TUR", "viet nam", "VNM", "syrian arab republic", "SYR"));
        return new StatisticsScoreNames(names);
    }
}
