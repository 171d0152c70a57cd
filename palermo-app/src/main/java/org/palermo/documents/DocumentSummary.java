package org.palermo.documents;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One line of the document list (CONTRACTS.md §4: id, title, file_name, source_type, paragraphs). */
public record DocumentSummary(
        long id,
        String title,
        @JsonProperty("file_name") String fileName,
        @JsonProperty("source_type") SourceType sourceType,
        int paragraphs,
        @JsonProperty("source") String sourceName,
        String country,
        @JsonProperty("characters") int characters,
        @JsonProperty("ingested_at") java.time.Instant ingestedAt) {
}
