package org.palermo.documents;

/** A paragraph as served: its own number (or null), anchor, offsets into the plain text, and its text. */
public record DocumentParagraph(String number, String anchor, int start, int end, String text) {
}
