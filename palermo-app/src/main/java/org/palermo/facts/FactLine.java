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

    /**
     * The line as a fact of the document whose plain text is {@code text}. A line as {@code extract} writes it is
     * read token by token straight into its fields ({@link Streamed}); any other (a value of an unexpected kind,
     * invalid JSON) is parsed into a map, which reads every line the same way and words what is wrong with it.
     */
    static FactBatches.FactToStore read(String line, String text) throws BadLine {
        if (line.contains("\\u0000")) {
            throw new BadLine("contains the escape \\u0000 (a NUL character), which PostgreSQL cannot store");
        }
        Fields j = Streamed.read(line);
        if (j == null) {
            Map<String, Object> map = object(line);
            j = new Parsed(map);
        }
        return check(j, line, text);
    }

    /** A fact line's values: what the checks and the fact need, however the line was read. */
    interface Fields {
        /** A top-level value: null, a String, a Number, a Boolean, a List (of strings) or a Map. */
        Object get(String field);

        /** {@code period.from} or {@code period.to}, null when there is no period or it has no such value. */
        Object period(String field);
    }

    /** A line parsed into a map (any line that is JSON). */
    private record Parsed(Map<String, Object> map) implements Fields {
        @Override
        public Object get(String field) {
            return map.get(field);
        }

        @Override
        public Object period(String field) {
            return map.get("period") instanceof Map<?, ?> p ? p.get(field) : null;
        }
    }

    /** What {@link #scalar} returns for a value that is not a scalar (an object or an array): the line is read as a map. */
    static final Object NOT_SCALAR = new Object();

    /**
     * A scalar of a line read with the token stream, as the map reading holds it: String, Integer/Long/BigInteger,
     * Double, Boolean or null (fact lines here, document lines in {@link DocumentInputs}).
     */
    static Object scalar(tools.jackson.core.JsonParser p, tools.jackson.core.JsonToken t) {
        return switch (t) {
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> NOT_SCALAR;
        };
    }

    /**
     * A line read with Jackson's token stream, without a map: parsing half a million lines into maps (an entry, a
     * boxed value and a string for every field of every line) was most of an import's reading thread and most of
     * what its collector copied (bench/facts). Only the fields a fact has are kept; values of other fields are
     * skipped. A line with anything the map would hold differently (a field read as text holding an object or an
     * array, a list of non-strings, text after the object) is left to the map: {@link #read} returns null for it.
     */
    static final class Streamed implements Fields {
        private static final String[] NAMES = {"doc", "type", "country", "org", "role", "counterpart", "forms", "victim_groups",
                "metric", "value", "qualifier", "unit", "period", "event", "date", "quote", "start", "end", "paragraph",
                "confidence", "rule", "extractor"};
        private static final Map<String, Integer> INDEX = index();
        private static final int FORMS = INDEX.get("forms");
        private static final int VICTIM_GROUPS = INDEX.get("victim_groups");
        private static final int PERIOD = INDEX.get("period");

        private final Object[] values = new Object[NAMES.length];
        private Object periodFrom;
        private Object periodTo;

        private static Map<String, Integer> index() {
            Map<String, Integer> m = new java.util.HashMap<>();
            for (int i = 0; i < NAMES.length; i++) {
                m.put(NAMES[i], i);
            }
            return Map.copyOf(m);
        }

        /** The line's fields, or null when the line is to be read as a map. */
        static Streamed read(String line) {
            Streamed f = new Streamed();
            try (tools.jackson.core.JsonParser p = JSON.createParser(line)) {
                if (p.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                    return null;
                }
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    tools.jackson.core.JsonToken t = p.nextToken();
                    Integer i = INDEX.get(name);
                    if (i == null) {
                        p.skipChildren();
                    } else if (i == FORMS || i == VICTIM_GROUPS) {
                        if (t == tools.jackson.core.JsonToken.VALUE_NULL) {
                            f.values[i] = null;
                        } else if (t != tools.jackson.core.JsonToken.START_ARRAY || !f.strings(p, i)) {
                            return null;
                        }
                    } else if (i == PERIOD) {
                        if (t == tools.jackson.core.JsonToken.VALUE_NULL) {
                            f.values[i] = null;
                            f.periodFrom = null;
                            f.periodTo = null;
                        } else if (t != tools.jackson.core.JsonToken.START_OBJECT || !f.period(p)) {
                            return null;
                        }
                    } else {
                        Object v = scalar(p, t);
                        if (v == NOT_SCALAR) {
                            return null;
                        }
                        f.values[i] = v;
                    }
                }
                // (a map reading refuses text after the object; the stream would not see it)
                if (p.nextToken() != null) {
                    return null;
                }
            } catch (tools.jackson.core.JacksonException e) {
                return null;
            }
            return f;
        }

        private boolean strings(tools.jackson.core.JsonParser p, int i) {
            List<String> out = new java.util.ArrayList<>(2);
            for (tools.jackson.core.JsonToken t = p.nextToken(); t != tools.jackson.core.JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != tools.jackson.core.JsonToken.VALUE_STRING) {
                    return false;
                }
                out.add(p.getString());
            }
            values[i] = out;
            return true;
        }

        private boolean period(tools.jackson.core.JsonParser p) {
            Object from = null;
            Object to = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                tools.jackson.core.JsonToken t = p.nextToken();
                if (name.equals("from") || name.equals("to")) {
                    Object v = scalar(p, t);
                    if (v == NOT_SCALAR) {
                        return false;
                    }
                    if (name.equals("from")) {
                        from = v;
                    } else {
                        to = v;
                    }
                } else {
                    p.skipChildren();
                }
            }
            values[PERIOD] = Map.of();
            periodFrom = from;
            periodTo = to;
            return true;
        }

        @Override
        public Object get(String field) {
            return values[INDEX.get(field)];
        }

        @Override
        public Object period(String field) {
            return field.equals("from") ? periodFrom : periodTo;
        }
    }

    /** The checks of a line against its document, then the fact (as {@link NewFact#fromContractJson} reads it). */
    private static FactBatches.FactToStore check(Fields j, String line, String text) throws BadLine {
        Object doc = j.get("doc");
        if (doc == null || !(doc instanceof String || doc instanceof Number) || doc.toString().isBlank()) {
            throw new BadLine("no \"doc\" naming the document the fact comes from");
        }
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
        for (String field : COUNTRY_FIELDS) {
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
        for (String field : LIST_FIELDS) {
            Object list = j.get(field);
            if (list != null && !(list instanceof List<?>)) {
                throw new BadLine("\"" + field + "\" is not a list");
            }
        }
        if (j.get("period") != null && !(j.get("period") instanceof Map<?, ?>)) {
            throw new BadLine("\"period\" is not an object");
        }
        // the line itself is stored as the fact's data: no parsed map is kept
        String extractor = str(j.get("extractor"));
        NewFact fact = new NewFact(t, str(j.get("country")), str(j.get("org")), str(j.get("role")), str(j.get("counterpart")),
                strings(j.get("forms")), strings(j.get("victim_groups")), str(j.get("metric")), ((Number) value) == null ? null
                : ((Number) value).doubleValue(), str(j.get("qualifier")), str(j.get("unit")), str(j.period("from")),
                str(j.period("to")), str(j.get("event")), str(j.get("date")), null, quote, start, end, str(j.get("paragraph")),
                confidence instanceof Number c ? c.doubleValue() : 0.5, str(j.get("rule")), extractor == null ? "unknown" : extractor,
                null);
        return new FactBatches.FactToStore(fact, line);
    }

    private static final List<String> COUNTRY_FIELDS = List.of("country", "counterpart");
    private static final List<String> LIST_FIELDS = List.of("forms", "victim_groups");

    private static String str(Object v) {
        return v == null ? null : v.toString();
    }

    private static List<String> strings(Object v) {
        if (!(v instanceof List<?> l) || l.isEmpty()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>(l.size());
        l.forEach(x -> out.add(String.valueOf(x)));
        return out;
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
