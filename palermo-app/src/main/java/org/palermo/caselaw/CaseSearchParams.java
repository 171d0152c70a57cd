package org.palermo.caselaw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;

/**
 * Reads a search from request parameters, the same for the API and the page:
 * {@code q}, {@code sort} (relevance, date), {@code page} (from 1), {@code size} (1–100), and a filter per
 * facet: {@code purpose}, {@code form}, {@code country}, {@code act}, {@code means}, {@code sector},
 * {@code year}, {@code level}, {@code minors}, {@code coding}, or any facet's own name
 * ({@code female_victims=true}). A filter may repeat: its values are alternatives.
 */
final class CaseSearchParams {

    static final Map<String, String> ALIASES = Map.of(
            "purpose", "purposes", "act", "acts", "country", "jurisdiction", "sector", "sectors",
            "minors", "minors_involved", "ocg", "organized_criminal_group",
            "victim_nationality", "victim_nationalities", "defendant_nationality", "defendant_nationalities");
    private static final List<String> VICTIM_RANGES = List.of("0", "1", "2-5", "6-20", "21-100", "over 100");

    private CaseSearchParams() {
    }

    static CaseQuery read(Map<String, List<String>> params) {
        String q = first(params, "q");
        if (q != null && q.length() > 500) {
            throw new InvalidInputException("q", "The search is longer than 500 characters");
        }
        CaseQuery.Order order = switch (lower(first(params, "sort"))) {
            case "", "relevance" -> CaseQuery.Order.RELEVANCE;
            case "date" -> CaseQuery.Order.DATE;
            default -> throw new InvalidInputException("sort", "sort is 'relevance' or 'date'");
        };
        int size = number(params, "size", 20, 1, 100);
        int page = number(params, "page", 1, 1, CaseSearchIndex.MAX_WINDOW / size);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String dim = ALIASES.getOrDefault(p.getKey(), p.getKey());
            if (!CaseSearchIndex.DIMS.contains(dim)) {
                continue;
            }
            for (String raw : p.getValue()) {
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                String value = value(p.getKey(), dim, raw.strip());
                List<String> values = filters.computeIfAbsent(dim, k -> new ArrayList<>());
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
        }
        return new CaseQuery(q, filters, order, page, size);
    }

    private static String value(String param, String dim, String raw) {
        switch (dim) {
            case "jurisdiction" -> {
                String iso3 = raw.toUpperCase(Locale.ROOT);
                if (!Countries.bundled().isKnown(iso3)) {
                    throw new InvalidInputException(param, "Unknown ISO 3166-1 alpha-3 country code '" + raw + "'");
                }
                return iso3;
            }
            case "year" -> {
                if (!raw.matches("\\d{4}")) {
                    throw new InvalidInputException(param, "A year has four digits: '" + raw + "'");
                }
                return raw;
            }
            case "level" -> {
                String l = raw.toUpperCase(Locale.ROOT);
                if (!List.of("FIRST_INSTANCE", "APPEAL", "SUPREME").contains(l)) {
                    throw new InvalidInputException(param, "level is FIRST_INSTANCE, APPEAL or SUPREME");
                }
                return l;
            }
            case "coding" -> {
                String c = raw.toUpperCase(Locale.ROOT);
                if (!List.of("HUMAN", "SUGGESTED", "NONE").contains(c)) {
                    throw new InvalidInputException(param, "coding is HUMAN (all values from people) or SUGGESTED (some from the coder, not reviewed)");
                }
                return c;
            }
            case "victims" -> {
                if (!VICTIM_RANGES.contains(raw)) {
                    throw new InvalidInputException(param, "victims is one of the ranges " + VICTIM_RANGES);
                }
                return raw;
            }
            default -> {
                CodingField field = CodingField.byJson(dim).orElseThrow();
                try {
                    return field.normalise(raw);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(param, "Unknown " + param + " '" + raw + "'"
                            + (field.codes() == null ? "" : "; one of " + String.join(", ", field.codes())));
                }
            }
        }
    }

    private static int number(Map<String, List<String>> params, String name, int fallback, int min, int max) {
        String v = first(params, name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new InvalidInputException(name, name + " is between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " is a whole number: '" + v + "'");
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
