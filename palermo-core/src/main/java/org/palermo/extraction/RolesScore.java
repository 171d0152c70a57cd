package org.palermo.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores country roles as CONTRACTS.md §2 says and {@code score_facts.py roles} does: per document,
 * the sets of roles, forms of exploitation, victim groups, origin countries and destination countries
 * extracted for the document's {@code country}, against the gold sets; micro-averaged over documents.
 * Origin countries are the counterparts of the country's DESTINATION facts and the countries of ORIGIN
 * facts whose counterpart is the country; destination countries the other way round.
 */
public final class RolesScore {

    /** The five sets scored per document, by their names in the gold JSONL. */
    public enum Kind {
        ROLES("roles"), FORMS("forms"), VICTIM_GROUPS("victim_groups"), ORIGIN_COUNTRIES("origin_countries"),
        DESTINATION_COUNTRIES("destination_countries");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** One annotated document: its text (null when it is kept elsewhere), country, split and gold sets. */
    public record GoldDocument(String id, String country, String text, String split, Map<Kind, Set<String>> sets) {
    }


    /** A document's gold and predicted sets. */
    public record DocumentResult(GoldDocument gold, Map<Kind, Set<String>> predicted) {
    }

    /** The figures per kind and the documents behind them. */
    public record Result(Map<Kind, Counts> counts, List<DocumentResult> documents) {

        public Counts of(Kind kind) {
            return counts.get(kind);
        }

        /** Origin and destination countries together. */
        public Counts counterparts() {
            return of(Kind.ORIGIN_COUNTRIES).plus(of(Kind.DESTINATION_COUNTRIES));
        }

        /** One line per kind, then the counterparts together. */
        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append("country roles, ").append(documents.size()).append(" documents (micro-averaged)\n");
            for (Kind k : Kind.values()) {
                b.append(String.format(Locale.ROOT, "  %-22s %s%n", k.field(), of(k).figures()));
            }
            b.append(String.format(Locale.ROOT, "  %-22s %s", "counterparts", counterparts().figures()));
            return b.toString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RolesScore() {
    }

    /**
     * Reads gold JSONL lines: {@code id}, {@code country}, optional {@code text} and {@code split}, and
     * a list per {@link Kind} (missing lists are empty). Blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line when one is not a gold document
     */
    public static List<GoldDocument> readGold(List<String> lines) {
        List<GoldDocument> docs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": not JSON");
            }
            if (node == null || !node.isObject() || text(node, "id") == null || text(node, "country") == null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": needs \"id\" and \"country\"");
            }
            Map<Kind, Set<String>> sets = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                Set<String> values = new TreeSet<>();
                JsonNode list = node.get(k.field());
                if (list != null && list.isArray()) {
                    list.forEach(v -> values.add(v.asString()));
                }
                sets.put(k, values);
            }
            docs.add(new GoldDocument(text(node, "id"), text(node, "country"), text(node, "text"), text(node, "split"),
                    sets));
        }
        return docs;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** Scores the country roles extracted per document id against the gold documents. */
    public static Result score(Map<String, List<CountryRole>> predictedByDoc, List<GoldDocument> gold) {
        Map<Kind, Counts> counts = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            counts.put(k, new Counts(0, 0, 0));
        }
        List<DocumentResult> docs = new ArrayList<>();
        for (GoldDocument g : gold) {
            Map<Kind, Set<String>> predicted = sets(g.country(), predictedByDoc.getOrDefault(g.id(), List.of()));
            for (Kind k : Kind.values()) {
                Set<String> p = predicted.get(k);
                Set<String> want = g.sets().get(k);
                int tp = (int) p.stream().filter(want::contains).count();
                counts.merge(k, new Counts(tp, p.size(), want.size()), Counts::plus);
            }
            docs.add(new DocumentResult(g, predicted));
        }
        return new Result(counts, docs);
    }

    /** The five sets the facts of one document give for {@code country}. */
    static Map<Kind, Set<String>> sets(String country, List<CountryRole> facts) {
        Map<Kind, Set<String>> sets = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            sets.put(k, new TreeSet<>());
        }
        for (CountryRole f : facts) {
            if (country.equals(f.country())) {
                sets.get(Kind.ROLES).add(f.role().name());
                f.forms().forEach(x -> sets.get(Kind.FORMS).add(x.name()));
                f.victimGroups().forEach(x -> sets.get(Kind.VICTIM_GROUPS).add(x.name()));
                if (f.counterpart() != null && f.role() == Role.DESTINATION) {
                    sets.get(Kind.ORIGIN_COUNTRIES).add(f.counterpart());
                }
                if (f.counterpart() != null && f.role() == Role.ORIGIN) {
                    sets.get(Kind.DESTINATION_COUNTRIES).add(f.counterpart());
                }
            } else if (country.equals(f.counterpart()) && f.role() == Role.ORIGIN) {
                sets.get(Kind.ORIGIN_COUNTRIES).add(f.country());
            } else if (country.equals(f.counterpart()) && f.role() == Role.DESTINATION) {
                sets.get(Kind.DESTINATION_COUNTRIES).add(f.country());
            }
        }
        return sets;
    }
}
