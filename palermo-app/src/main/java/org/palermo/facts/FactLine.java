package org.palermo.facts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.palermo.reference.Countries;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of {@code extract} (or {@code bulk-extract}) output, CONTRACTS.md §2, read back as a fact to store.
 * It is checked against what the database would refuse (type, role, country codes, confidence) and against
 * its document: the quote must be the text at its offsets, or the line names another text than the one given.
 */
final class FactLine {

    static final Set<String> TYPES = Set.of("statistic", "country_role", "event");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] DOC_FIRST = "{\"doc\":".getBytes(StandardCharsets.US_ASCII);

    private FactLine() {
    }

    /** What is wrong with a line, in words a user can act on. */
    static final class BadLine extends Exception {
        BadLine(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Parses a line as a JSON object; a line that is not one is a bad line. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String line) throws BadLine {
        Object parsed;
        try {
            parsed = JSON.readValue(line, Object.class);
        } catch (JacksonException e) {
            throw new BadLine("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new BadLine("not a JSON object");
        }
        return (Map<String, Object>) m;
    }

    /**
     * The {@code doc} of a line, read cheaply when the line starts with it (as {@code extract} writes it),
     * else by parsing the line.
     */
    static String doc(byte[] bytes, int offset, int length) throws BadLine {
        int i = offset;
        int end = offset + length;
        if (length > DOC_FIRST.length && startsWith(bytes, offset, DOC_FIRST)) {
            i += DOC_FIRST.length;
            while (i < end && bytes[i] == ' ') {
                i++;
            }
            if (i < end && bytes[i] == '"') {
                int from = ++i;
                while (i < end && bytes[i] != '"' && bytes[i] != '\\') {
                    i++;
                }
                if (i < end && bytes[i] == '"') {
                    return new String(bytes, from, i - from, StandardCharsets.UTF_8);
                }
            }
        }
        return doc(object(new String(bytes, offset, length, StandardCharsets.UTF_8)));
    }

    static String doc(Map<String, Object> object) throws BadLine {
        Object doc = object.get("doc");
        if (doc == null || !(doc instanceof String || doc instanceof Number) || doc.toString().isBlank()) {
            throw new BadLine("no \"doc\" naming the document the fact comes from");
        }
        return doc.toString();
    }

    /** The line as a fact of the document whose plain text is {@code text}. */
    static FactBatches.FactToStore read(String line, String text) throws BadLine {
        if (line.contains("\\u0000")) {
            throw new BadLine("contains the escape \\u0000 (a NUL character), which PostgreSQL cannot store");
        }
        Map<String, Object> j = object(line);
        doc(j);
        Object type = j.get("type");
        if (!(type instanceof String t) || !TYPES.contains(t)) {
            throw new BadLine("\"type\" is " + describe(type) + ", not one of statistic, country_role, event");
        }
        if (!(j.get("quote") instanceof String quote) || quote.isEmpty()) {
            throw new BadLine("no \"quote\"");
        }
        if (!(j.get("start") instanceof Number s) || !(j.get("end") instanceof Number e)
                || s.doubleValue() != s.intValue() || e.doubleValue() != e.intValue()) {
            throw new BadLine("\"start\" and \"end\" must be whole numbers");
        }
        int start = s.intValue();
        int end = e.intValue();
        if (start < 0 || end < start || end > text.length() || !text.regionMatches(start, quote, 0, quote.length())
                || end - start != quote.length()) {
            throw new BadLine("the quote is not the document's text at " + start + "–" + end
                    + " (was the fact extracted from another version of the document?)");
        }
        for (String field : List.of("country", "counterpart")) {
            Object code = j.get(field);
            if (code != null && !(code instanceof String c && Countries.bundled().isKnown(c))) {
                throw new BadLine("\"" + field + "\" " + describe(code) + " is not an ISO 3166-1 alpha-3 code");
            }
        }
        if (t.equals("country_role") && !(j.get("role") instanceof String role && FactVocabulary.ROLES.contains(role))) {
            throw new BadLine("\"role\" is " + describe(j.get("role")) + ", not one of " + FactVocabulary.ROLES);
        }
        Object confidence = j.get("confidence");
        if (confidence != null && !(confidence instanceof Number c && c.doubleValue() >= 0 && c.doubleValue() <= 1)) {
            throw new BadLine("\"confidence\" is " + describe(confidence) + ", not a number from 0 to 1");
        }
        Object value = j.get("value");
        if (value != null && !(value instanceof Number)) {
            throw new BadLine("\"value\" is " + describe(value) + ", not a number");
        }
        for (String field : List.of("forms", "victim_groups")) {
            Object list = j.get(field);
            if (list != null && !(list instanceof List<?>)) {
                throw new BadLine("\"" + field + "\" is not a list");
            }
        }
        if (j.get("period") != null && !(j.get("period") instanceof Map<?, ?>)) {
            throw new BadLine("\"period\" is not an object");
        }
        // the line itself is stored as the fact's data: the parsed map is not kept
        return new FactBatches.FactToStore(NewFact.fromContractJson(j).withoutData(), line);
    }

    private static String describe(Object value) {
        return value == null ? "missing" : value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[offset + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
