package org.palermo.documents;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

public record DocumentDetail(
        long id,
        String title,
        @JsonProperty("file_name") String fileName,
        @JsonProperty("source_type") SourceType sourceType,
        @JsonProperty("media_type") String mediaType,
        String country,
        @JsonProperty("content_sha256") String contentSha256,
        Source source,
        List<DocumentParagraph> paragraphs) {
}
