package org.palermo.documents;

/**
 * A file to ingest.
 *
 * @param fileName   the name it arrived under (only its last path segment is kept)
 * @param content    the file's bytes
 * @param sourceType kind of source; null means INTERNATIONAL_ORGANISATION for a new source
 * @param sourceName the source to file it under; null makes a source named after the document
 * @param country    ISO3 of the country the document is about, or null
 */
public record Upload(String fileName, byte[] content, SourceType sourceType, String sourceName, String country) {
}
