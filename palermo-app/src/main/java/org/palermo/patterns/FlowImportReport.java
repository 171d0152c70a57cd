package org.palermo.patterns;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What importing one edge-list file did: the source and document it became, the lines read, the flow
 * facts stored, and every name that did not resolve (with its line). {@code created} is false when
 * the same file had been imported before (nothing changed).
 */
public record FlowImportReport(long id, @JsonProperty("file_name") String fileName, int year,
                               @JsonProperty("document_id") long documentId, @JsonProperty("source_id") long sourceId,
                               String source, int lines, int facts, List<Unresolved> unresolved, boolean created,
                               @JsonProperty("imported_at") Instant importedAt) {

    /** A name of line {@code line} that resolved to no ISO 3166-1 country. */
    public record Unresolved(@JsonProperty("line_no") int lineNo, String line, String name, String side, String reason) {
    }
}
