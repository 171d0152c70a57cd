package org.palermo.documents;

/** What ingesting one file did: a new document, or the existing one with the same content. */
public record IngestResult(long documentId, String fileName, boolean created, int paragraphs) {
}
