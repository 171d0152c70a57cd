package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The facts of a document as the output lines of CONTRACTS.md §2: one JSON object per fact, in text order.
 * {@code ./palermo extract} and the Spark job write exactly these strings, so their outputs compare line
 * for line. Safe to share between threads.
 */
public final class FactLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Extractor extractor;

    public FactLines(Extractor extractor) {
        this.extractor = extractor;
    }

    /** The lines of one document's facts (no line separators); {@code hints} may be null. */
    public List<String> of(String doc, String text, Hints hints) {
        List<Fact> facts = extractor.extract(text, hints);
        List<String> lines = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            lines.add(JSON.writeValueAsString(f.toJson(doc)));
        }
        return lines;
    }

    /** The lines of a document read from an input. */
    public List<String> of(InputDocument document) {
        return of(document.id(), document.text(), document.hints());
    }
}
