package org.palermo.documents;

import java.nio.charset.StandardCharsets;

/**
 * A document to store in bulk ({@link DocumentBatches}): its plain text is already read, and every offset
 * of its facts points into that text.
 *
 * @param key       the caller's name for it (the {@code doc} of its facts: a file name or a JSONL {@code id})
 * @param fileName  the name shown in the document list
 * @param title     its title, or null to take the first line of the text that looks like one
 * @param mediaType the type of the file it was read from ({@code text/plain} for JSONL text)
 * @param text      the plain text, stored unchanged
 * @param sha256    the hash of the file's bytes (of the text's UTF-8 bytes for JSONL): the document's identity
 * @param country   ISO3 of the country it is about, or null
 * @param source    the source to file it under (registered if new)
 */
public record NewDocument(String key, String fileName, String title, String mediaType, String text, String sha256,
                          String country, Sources.NewSource source) {

    /** A document given as text (a JSONL line): its identity is the hash of the text's UTF-8 bytes, as if ingested as a .txt file. */
    public static NewDocument ofText(String key, String title, String text, String country, Sources.NewSource source) {
        return new NewDocument(key, key, title, "text/plain", text, sha256(text.getBytes(StandardCharsets.UTF_8)), country, source);
    }

    /** The content hash documents are identified by (the same as {@link Documents#ingest} computes). */
    public static String sha256(byte[] bytes) {
        return Documents.sha256(bytes);
    }
}
