package org.palermo.documents;

/** Who published a document, and how far it is trusted (A most reliable … E least). */
public record Source(long id, String name, SourceType type, String publisher, String published, String reliability, String url) {
}
