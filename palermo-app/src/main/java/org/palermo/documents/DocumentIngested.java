package org.palermo.documents;

/**
 * Published inside the ingesting transaction when a new document is stored (never for a re-ingest of
 * the same content). Downstream modules (facts, case law) listen to it; they never call back up.
 */
public record DocumentIngested(long documentId, long sourceId, SourceType sourceType, String fileName, String country) {
}
