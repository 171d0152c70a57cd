package org.palermo.text;

/**
 * A paragraph of a document's plain text.
 *
 * @param index  position in the document, from 0
 * @param number the document's own paragraph number ("21", "4") or null when it has none
 * @param anchor a stable anchor, unique within the document ("p21", "p21-2" for a second 21, "b7" for unnumbered block 7)
 * @param start  offset of the first character (Java {@code String} index into the plain text)
 * @param end    offset after the last character
 */
public record Paragraph(int index, String number, String anchor, int start, int end) {

    public String textOf(String plainText) {
        return plainText.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
