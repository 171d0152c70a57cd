package org.palermo.coding;

/**
 * The quote behind a coded label: an exact substring of the decision text,
 * {@code text.substring(start, end).equals(quote)} (Java {@code String} offsets).
 */
public record Evidence(String quote, int start, int end) {

    static Evidence of(String text, int start, int end) {
        return new Evidence(text.substring(start, end), start, end);
    }
}
