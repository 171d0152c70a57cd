package org.palermo.extraction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document of an extraction input: its id, its plain text and what the caller knows about it. A JSONL
 * input line (CONTRACTS.md §2) is {@code {"id", "text", "country"}}; other fields are ignored. The command
 * line and the Spark job read lines through the same method, so both accept and refuse the same lines.
 */
public record InputDocument(String id, String text, Hints hints) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A line that is not a document, with what is wrong with it as the message. */
    public static final class BadLineException extends Exception {
        public BadLineException(String problem) {
            super(problem, null, false, false);
        }
    }

    /** The document of one JSONL line. An id may be a string or a number; the country, a string or null. */
    public static InputDocument fromJsonLine(String line) throws BadLineException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BadLineException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadLineException("not a JSON object");
        }
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        if (id == null || id.isNull() || !(id.isString() || id.isNumber())) {
            throw new BadLineException("missing \"id\"");
        }
        if (text == null || !text.isString()) {
            throw new BadLineException("missing \"text\" (a string)");
        }
        JsonNode country = node.get("country");
        String iso3 = country == null || country.isNull() ? null : country.asString();
        return new InputDocument(id.asString(), text.asString(), new Hints(iso3));
    }
}
