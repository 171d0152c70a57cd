package org.palermo.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fact to store, in the vocabulary of CONTRACTS.md §2. Built from the extractor's JSON
 * ({@link #fromContractJson}) or by an importer of curated data (flows of the TIP reports).
 */
public record NewFact(
        String type, String country, String org,
        String role, String counterpart, List<String> forms, List<String> victimGroups,
        String metric, Double value, String qualifier, String unit, String periodFrom, String periodTo,
        String event, String eventDate, Integer year,
        String quote, Integer start, Integer end, String paragraph,
        double confidence, String rule, String extractor, Map<String, Object> data) {

    public NewFact {
        forms = forms == null ? List.of() : List.copyOf(forms);
        victimGroups = victimGroups == null ? List.of() : List.copyOf(victimGroups);
        if (year == null) {
            year = yearOf(periodTo != null ? periodTo : periodFrom != null ? periodFrom : eventDate);
        }
    }

    /** A curated origin → destination pair (counterpart = destination), as the flow importers write them. */
    public static NewFact flow(String origin, String destination, List<String> forms, int year, String quote,
                               Integer start, Integer end, String extractor, Map<String, Object> data) {
        return new NewFact("country_role", origin, null, "ORIGIN", destination, forms, List.of(), null, null, null, null,
                null, null, null, null, year, quote, start, end, null, 1.0, "curated", extractor, data);
    }

    /** The extractor's JSON object (CONTRACTS.md §2) as a fact to store. */
    @SuppressWarnings("unchecked")
    public static NewFact fromContractJson(Map<String, Object> j) {
        Map<String, Object> period = j.get("period") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        return new NewFact(
                str(j, "type"), str(j, "country"), str(j, "org"),
                str(j, "role"), str(j, "counterpart"), list(j.get("forms")), list(j.get("victim_groups")),
                str(j, "metric"), j.get("value") instanceof Number n ? n.doubleValue() : null,
                str(j, "qualifier"), str(j, "unit"), str(period, "from"), str(period, "to"),
                str(j, "event"), str(j, "date"), null,
                str(j, "quote"), j.get("start") instanceof Number s ? s.intValue() : null,
                j.get("end") instanceof Number e ? e.intValue() : null, str(j, "paragraph"),
                j.get("confidence") instanceof Number c ? c.doubleValue() : 0.5, str(j, "rule"),
                str(j, "extractor") == null ? "unknown" : str(j, "extractor"), j);
    }

    /**
     * The same fact without its parsed JSON, for a fact whose JSON is kept as the text it was read from (a bulk
     * import holds a batch of them in memory: the parsed maps were most of it).
     */
    NewFact withoutData() {
        return new NewFact(type, country, org, role, counterpart, forms, victimGroups, metric, value, qualifier, unit, periodFrom,
                periodTo, event, eventDate, year, quote, start, end, paragraph, confidence, rule, extractor, null);
    }

    static Integer yearOf(String date) {
        if (date == null || date.length() < 4 || !date.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(date.substring(0, 4));
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static List<String> list(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }
}
