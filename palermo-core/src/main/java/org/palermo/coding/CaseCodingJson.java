package org.palermo.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSONL format of CONTRACTS.md §3: reads decision lines ({@code id}, {@code text}, and for
 * gold data {@code labels}) and writes coded lines ({@code id}, {@code labels}, {@code evidence}).
 */
public final class CaseCodingJson {

    /** Longest text coded: far above any judgment, low enough to refuse a runaway line. */
    public static final int MAX_TEXT_CHARS = 2_000_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseCodingJson() {
    }

    /** Parses one input line; other fields than id, text and labels are ignored. */
    public static DecisionLine read(String line) throws BadDecisionLineException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BadDecisionLineException("not JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadDecisionLineException("not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new BadDecisionLineException("no \"text\"");
        }
        if (!text.isString()) {
            throw new BadDecisionLineException("\"text\" is not a string");
        }
        String value = text.asString();
        if (value.length() > MAX_TEXT_CHARS) {
            throw new BadDecisionLineException("\"text\" too long (" + value.length() + " characters, at most " + MAX_TEXT_CHARS + ")");
        }
        JsonNode id = node.get("id");
        String idValue = id == null || id.isNull() ? null : id.isString() ? id.asString() : id.toString();
        JsonNode labels = node.get("labels");
        return new DecisionLine(idValue, value, labels != null && labels.isObject() ? labels(labels) : null);
    }

    /** One output line, without the trailing newline. */
    public static String write(CodedCase coded) {
        ObjectNode root = JSON.createObjectNode();
        if (coded.id() == null) {
            root.putNull("id");
        } else {
            root.put("id", coded.id());
        }
        ObjectNode labels = root.putObject("labels");
        CaseLabels l = coded.labels();
        list(labels, "acts", l.acts(), Enum::name);
        list(labels, "means", l.means(), Enum::name);
        list(labels, "purposes", l.purposes(), Enum::name);
        text(labels, "form", l.form() == null ? null : l.form().name());
        bool(labels, "organized_criminal_group", l.organizedCriminalGroup());
        if (l.victims() == null) {
            labels.putNull("victims");
        } else {
            labels.put("victims", l.victims().intValue());
        }
        bool(labels, "victims_is_minimum", l.victimsIsMinimum());
        bool(labels, "minors_involved", l.minorsInvolved());
        bool(labels, "female_victims", l.femaleVictims());
        bool(labels, "male_victims", l.maleVictims());
        bool(labels, "female_defendants", l.femaleDefendants());
        bool(labels, "male_defendants", l.maleDefendants());
        list(labels, "sectors", l.sectors(), Function.identity());
        list(labels, "victim_nationalities", l.victimNationalities(), Function.identity());
        list(labels, "defendant_nationalities", l.defendantNationalities(), Function.identity());
        ObjectNode evidence = root.putObject("evidence");
        for (Map.Entry<String, Evidence> e : coded.evidence().entrySet()) {
            ObjectNode q = evidence.putObject(e.getKey());
            q.put("quote", e.getValue().quote());
            q.put("start", e.getValue().start());
            q.put("end", e.getValue().end());
        }
        return JSON.writeValueAsString(root);
    }

    static CaseLabels labels(JsonNode l) throws BadDecisionLineException {
        return new CaseLabels(
                codes(l, "acts", Act.class),
                codes(l, "means", Means.class),
                codes(l, "purposes", Purpose.class),
                code(l, "form", Form.class),
                bool(l, "organized_criminal_group"),
                l.hasNonNull("victims") ? Integer.valueOf(l.get("victims").asInt()) : null,
                bool(l, "victims_is_minimum"),
                bool(l, "minors_involved"),
                bool(l, "female_victims"),
                bool(l, "male_victims"),
                bool(l, "female_defendants"),
                bool(l, "male_defendants"),
                strings(l, "sectors"),
                strings(l, "victim_nationalities"),
                strings(l, "defendant_nationalities"));
    }

    private static <E extends Enum<E>> List<E> codes(JsonNode l, String field, Class<E> type) throws BadDecisionLineException {
        List<String> values = strings(l, field);
        if (values == null) {
            return null;
        }
        List<E> codes = new ArrayList<>();
        for (String v : values) {
            codes.add(enumValue(type, field, v));
        }
        return codes;
    }

    private static <E extends Enum<E>> E code(JsonNode l, String field, Class<E> type) throws BadDecisionLineException {
        return l.hasNonNull(field) ? enumValue(type, field, l.get(field).asString()) : null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) throws BadDecisionLineException {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadDecisionLineException("unknown " + field + " code \"" + value + "\"");
        }
    }

    private static List<String> strings(JsonNode l, String field) {
        JsonNode a = l.get(field);
        if (a == null || a.isNull() || !a.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        a.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static Boolean bool(JsonNode l, String field) {
        return l.hasNonNull(field) ? Boolean.valueOf(l.get(field).asBoolean()) : null;
    }

    private static <T> void list(ObjectNode o, String field, List<T> values, Function<T, String> name) {
        if (values == null) {
            o.putNull(field);
            return;
        }
        ArrayNode a = o.putArray(field);
        values.forEach(v -> a.add(name.apply(v)));
    }

    private static void text(ObjectNode o, String field, String value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }

    private static void bool(ObjectNode o, String field, Boolean value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value.booleanValue());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
