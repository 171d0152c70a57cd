package org.palermo.reference;

import java.util.Collection;
import java.util.Locale;

/**
 * An immutable set of words that answers for a span of text without cutting it out: the gazetteer
 * asks it about nearly every word of every sentence, and a {@code String} per question (with its
 * hash computed afresh) was most of the gazetteer's time. Open addressing over the words' hashes,
 * which are those of {@link String#hashCode()}, behind a small filter of hash bits that answers "no"
 * for almost every other word without touching the larger table.
 */
final class WordSet {

    private final String[] keys;
    private final int[] hashes;
    private final int mask;
    /** Two bits per word, set at two places its hash picks (a Bloom filter of 2^17 bits, 16 KB). */
    private final long[] filter = new long[1 << 11];
    /**
     * One bit per word's shape, its length and first three characters (2^15 bits, 4 KB): asked before the whole word
     * is hashed, it turns away most words of running text ("the", "trafficking", "were") for the price of three
     * characters. Two equal words have the same shape, so no word of the set is ever turned away.
     */
    private final long[] shapes = new long[1 << 9];

    WordSet(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        for (String w : words) {
            int h = w.hashCode();
            int k = slot(h);
            while (keys[k] != null && !keys[k].equals(w)) {
                k = (k + 1) & mask;
            }
            keys[k] = w;
            hashes[k] = h;
            filter[bit1(h) >>> 6] |= 1L << bit1(h);
            filter[bit2(h) >>> 6] |= 1L << bit2(h);
            int shape = shape(w, 0, w.length());
            shapes[shape >>> 6] |= 1L << shape;
        }
    }

    /** Whether {@code text[from, to)} is one of the words, as written. */
    boolean contains(CharSequence text, int from, int to) {
        int shape = shape(text, from, to);
        if ((shapes[shape >>> 6] & 1L << shape) == 0) {
            return false;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        if (!mayContain(h)) {
            return false;
        }
        for (int k = slot(h); keys[k] != null; k = (k + 1) & mask) {
            if (hashes[k] == h && sameAs(keys[k], text, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} in lower case ({@link Locale#ROOT}) is one of the words. */
    boolean containsLowerCase(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) { // beyond ASCII, lower-casing may change the length: do it as String does
                String lower = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
                return contains(lower, 0, lower.length());
            }
            h = 31 * h + lower(c);
        }
        if (!mayContain(h)) {
            return false;
        }
        for (int k = slot(h); keys[k] != null; k = (k + 1) & mask) {
            if (hashes[k] == h && sameAsLowerCase(keys[k], text, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** A bit for the word's length and first three characters (fewer for a shorter word). */
    private static int shape(CharSequence text, int from, int to) {
        int n = to - from;
        int x = n;
        for (int i = from; i < from + Math.min(3, n); i++) {
            x = 31 * x + text.charAt(i);
        }
        return (x * 0x9E3779B9 >>> 17) & ((1 << 15) - 1);
    }

    private boolean mayContain(int h) {
        return (filter[bit1(h) >>> 6] & 1L << bit1(h)) != 0 && (filter[bit2(h) >>> 6] & 1L << bit2(h)) != 0;
    }

    private static int bit1(int h) {
        return h * 0x9E3779B9 >>> 15;
    }

    private static int bit2(int h) {
        return (h ^ h >>> 13) * 0x85EBCA6B >>> 15;
    }

    private int slot(int h) {
        int x = h * 0x9E3779B9;
        return (x ^ (x >>> 16)) & mask;
    }

    private static boolean sameAs(String key, CharSequence text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (key.charAt(i - from) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAsLowerCase(String key, CharSequence text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (key.charAt(i - from) != lower(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
