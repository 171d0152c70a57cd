package org.palermo.checklist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an answer rests on: a paragraph of a document in Palermo ({@code /documents/1#p21}, with the
 * paragraph's opening words kept beside it) or a link elsewhere.
 */
public record Evidence(@JsonProperty("document_id") Long documentId, String anchor, String url, String excerpt) {

    static final Pattern DOCUMENT = Pattern.compile("^(?:https?://[^/\\s]+)?/documents/(\\d{1,12})#([A-Za-z0-9-]{1,40})$");
    static final Pattern LINK = Pattern.compile("^https?://[^\\s<>\"]{3,2000}$");

    /** Where a reader follows the evidence: the paragraph in the reader, or the link. */
    public String href() {
        return documentId != null ? "/documents/" + documentId + "#" + anchor : url;
    }

    /** A document paragraph cited as written ("/documents/1#p21", also with this server's address before it). */
    static Matcher document(String text) {
        return DOCUMENT.matcher(text.strip());
    }

    static boolean link(String text) {
        return LINK.matcher(text.strip()).matches();
    }
}
