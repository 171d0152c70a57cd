package org.palermo.caselaw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads decisions from import files: JSONL lines in the format of the UNODC case-law extract
 * ({@code id, jurisdiction, court, name, decision_date_raw, source_url, text, labels}) and CSV rows
 * through a column mapping. Checks each record on its own, so one bad line names itself and the
 * others go on.
 */
public final class CaseFiles {

    /** Longest text accepted for one decision: far above any judgment, low enough to refuse a runaway line. */
    public static final int MAX_TEXT_CHARS = 2_000_000;

    /** The fields an import record may have besides the coding fields, with the JSONL spellings they also go by. */
    public static final Map<String, List<String>> FIELDS = fields();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseFiles() {
    }

    /**
     * One decision from a form: its text (read from an uploaded document) and the metadata fields a
     * person typed ({@code id}, {@code name}, {@code court}, {@code jurisdiction}, {@code decision_date}, …).
     */
    public static NewDecision fromForm(String text, Map<String, String> metadata) throws BadCaseLineException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS.keySet()) {
            String v = metadata.get(field);
            if (v != null && !v.isBlank()) {
                values.put(field, v);
            }
        }
        values.put("text", text);
        return decision(values, null);
    }

    /** One JSONL line. */
    public static NewDecision fromJson(String line) throws BadCaseLineException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new BadCaseLineException("not JSON (" + shorten(msg) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadCaseLineException("not a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> f : FIELDS.entrySet()) {
            for (String name : f.getValue()) {
                JsonNode v = node.get(name);
                if (v != null && !v.isNull() && !values.containsKey(f.getKey())) {
                    if (f.getKey().equals("text") && !v.isString()) {
                        throw new BadCaseLineException("\"text\" is not a string");
                    }
                    values.put(f.getKey(), v.isArray() ? join(v) : v.isString() ? v.asString() : v.toString());
                }
            }
        }
        Map<CodingField, List<String>> coding = null;
        JsonNode labels = node.get("labels");
        if (labels != null && labels.isObject()) {
            Map<CodingField, List<String>> raw = new EnumMap<>(CodingField.class);
            for (CodingField field : CodingField.values()) {
                JsonNode v = labels.get(field.json());
                if (v == null || v.isNull()) {
                    continue;
                }
                List<String> list = new ArrayList<>();
                if (v.isArray()) {
                    v.forEach(e -> list.add(e.isString() ? e.asString() : e.toString()));
                } else {
                    list.add(v.isString() ? v.asString() : v.toString());
                }
                raw.put(field, list);
            }
            coding = raw;
        }
        return decision(values, coding);
    }

    /**
     * One CSV row. {@code columns} maps a field name ({@code text}, {@code jurisdiction}, {@code purposes}, …)
     * to the index of its column; list fields hold values separated by {@code ;} or {@code |}.
     */
    public static NewDecision fromCsv(List<String> row, Map<String, Integer> columns) throws BadCaseLineException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<CodingField, List<String>> coding = null;
        for (Map.Entry<String, Integer> c : columns.entrySet()) {
            String cell = c.getValue() < row.size() ? row.get(c.getValue()) : null;
            if (cell == null || cell.isBlank()) {
                continue;
            }
            var field = CodingField.byJson(c.getKey());
            if (field.isPresent()) {
                if (coding == null) {
                    coding = new EnumMap<>(CodingField.class);
                }
                List<String> parts = field.get().isList() ? List.of(cell.split("[;|]")) : List.of(cell);
                coding.put(field.get(), parts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
            } else {
                values.put(c.getKey(), cell);
            }
        }
        return decision(values, coding);
    }

    /**
     * Resolves a CSV header against a mapping ({@code field → column name}); fields not mapped are
     * looked for under their own name (and their JSONL spellings), case-insensitively.
     */
    public static Map<String, Integer> columns(List<String> header, Map<String, String> mapping) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
        }
        List<String> known = new ArrayList<>(FIELDS.keySet());
        for (CodingField f : CodingField.values()) {
            known.add(f.json());
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> m : mapping.entrySet()) {
            if (!known.contains(m.getKey())) {
                throw new IllegalArgumentException("Unknown field '" + m.getKey() + "' in the column mapping; fields: " + String.join(", ", known));
            }
            Integer idx = byName.get(m.getValue().strip().toLowerCase(Locale.ROOT));
            if (idx == null) {
                throw new IllegalArgumentException("The file has no column '" + m.getValue() + "' (mapped to " + m.getKey() + ")");
            }
            out.put(m.getKey(), idx);
        }
        for (String field : known) {
            if (out.containsKey(field)) {
                continue;
            }
            for (String name : FIELDS.getOrDefault(field, List.of(field))) {
                Integer idx = byName.get(name);
                if (idx != null) {
                    out.put(field, idx);
                    break;
                }
            }
        }
        if (!out.containsKey("text")) {
            throw new IllegalArgumentException("The file has no text column: name one with --map text=COLUMN");
        }
        return out;
    }

    private static NewDecision decision(Map<String, String> v, Map<CodingField, List<String>> rawCoding) throws BadCaseLineException {
        String text = v.get("text");
        if (text == null) {
            throw new BadCaseLineException("no \"text\"");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new BadCaseLineException("\"text\" too long (" + text.length() + " characters, at most " + MAX_TEXT_CHARS + ")");
        }
        if (text.isBlank()) {
            throw new BadCaseLineException("\"text\" is empty");
        }
        String full = v.get("full_text");
        if (full != null && full.length() + text.length() > MAX_TEXT_CHARS) {
            throw new BadCaseLineException("\"full_text\" too long (at most " + MAX_TEXT_CHARS + " characters with the summary)");
        }
        Map<CodingField, List<String>> coding = null;
        if (rawCoding != null && rawCoding.values().stream().anyMatch(l -> !l.isEmpty())) {
            coding = new EnumMap<>(CodingField.class);
            for (Map.Entry<CodingField, List<String>> e : rawCoding.entrySet()) {
                List<String> values = new ArrayList<>();
                for (String raw : e.getValue()) {
                    try {
                        String n = e.getKey().normalise(raw);
                        if (!values.contains(n)) {
                            values.add(n);
                        }
                    } catch (IllegalArgumentException bad) {
                        throw new BadCaseLineException("labels." + bad.getMessage());
                    }
                }
                if (!e.getKey().isList() && values.size() > 1) {
                    throw new BadCaseLineException("labels." + e.getKey().json() + ": one value expected, found " + values);
                }
                if (!values.isEmpty()) {
                    coding.put(e.getKey(), List.copyOf(values));
                }
            }
        }
        String key = clean(v.get("id"));
        if (key == null) {
            key = "sha-" + sha256(text).substring(0, 16);
        }
        if (key.length() > 200) {
            throw new BadCaseLineException("\"id\" longer than 200 characters");
        }
        String jurisdiction = clean(v.get("jurisdiction"));
        if (jurisdiction != null) {
            jurisdiction = jurisdiction.toUpperCase(Locale.ROOT);
            if (!jurisdiction.matches("[A-Z]{3}")) {
                throw new BadCaseLineException("jurisdiction '" + v.get("jurisdiction") + "' is not an ISO 3166-1 alpha-3 code");
            }
        }
        String level;
        try {
            level = CourtLevel.of(clean(v.get("level")), clean(v.get("court")));
        } catch (IllegalArgumentException e) {
            throw new BadCaseLineException(e.getMessage());
        }
        return new NewDecision(key, jurisdiction, clean(v.get("court")), clean(v.get("name")), clean(v.get("case_number")),
                clean(v.get("decision_date")), level, clean(v.get("outcome")), clean(v.get("sentences")),
                clean(v.get("source_url")), text, full == null || full.isBlank() ? null : full, coding);
    }

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("id", List.of("id", "case_id"));
        f.put("jurisdiction", List.of("jurisdiction", "country"));
        f.put("court", List.of("court"));
        f.put("name", List.of("name", "case_name", "title"));
        f.put("case_number", List.of("case_number", "number"));
        f.put("decision_date", List.of("decision_date_raw", "decision_date", "date"));
        f.put("level", List.of("level"));
        f.put("outcome", List.of("outcome"));
        f.put("sentences", List.of("sentences", "sentence"));
        f.put("source_url", List.of("source_url", "url"));
        f.put("text", List.of("text", "summary"));
        f.put("full_text", List.of("full_text"));
        return java.util.Collections.unmodifiableMap(f);
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(e -> parts.add(e.isString() ? e.asString() : e.toString()));
        return String.join("; ", parts);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
