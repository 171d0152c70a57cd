package org.palermo.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of several words (institutions, places), matched against tokens as written, the longest first. A tree
 * of words: a name sharing its first word with hundreds of others ("National …", "San …") is found by following
 * the next tokens, not by comparing every name that starts the same way.
 */
final class WordTrie<V> {

    /** The longest name starting at the token asked about: its last token and its value. */
    record Match<V>(int last, V value) {
    }

    private static final class Node<V> {
        private final Map<String, Node<V>> next = new HashMap<>();
        private V value;
    }

    private final Node<V> root = new Node<>();
    /**
     * The first words' hashes, one bit each at eight bits per word: most capitalised tokens start no name ("The",
     * "Government"), and this answers them from a few kilobytes where the map of ten thousand place names is a
     * cache miss at every question. Grown (rebuilt) while names are added, before the tree is shared.
     */
    private long[] firstWords = new long[16];

    /** Adds a name; a name already there with the same words keeps its value (the first added wins). */
    void put(List<String> words, V value) {
        Node<V> n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (!words.isEmpty()) {
            if (root.next.size() * 8 > firstWords.length * 64) {
                firstWords = new long[firstWords.length * 4];
                root.next.keySet().forEach(this::markFirst);
            }
            markFirst(words.get(0));
        }
        if (n.value == null) {
            n.value = value;
        }
    }

    /** The value of the one-word name {@code word}, or null. */
    V get(String word) {
        Node<V> n = root.next.get(word);
        return n == null ? null : n.value;
    }

    /** Whether some name starts with {@code word}. */
    boolean starts(String word) {
        return root.next.containsKey(word);
    }

    /** The longest name whose words are the tokens from {@code i} on, or null. */
    Match<V> longestAt(List<Token> tokens, int i) {
        if (i < tokens.size() && !mayStart(tokens.get(i).text())) {
            return null;
        }
        Node<V> n = root;
        Match<V> best = null;
        for (int k = i; k < tokens.size(); k++) {
            n = n.next.get(tokens.get(k).text());
            if (n == null) {
                break;
            }
            if (n.value != null) {
                best = new Match<>(k, n.value);
            }
        }
        return best;
    }

    private void markFirst(String word) {
        int bit = bit(word);
        firstWords[bit >>> 6] |= 1L << bit;
    }

    /** False when no name starts with {@code word}; true for those that do and a few others. */
    private boolean mayStart(String word) {
        int bit = bit(word);
        return (firstWords[bit >>> 6] & 1L << bit) != 0;
    }

    private int bit(String word) {
        return (word.hashCode() * 0x9E3779B9 >>> 7) & (firstWords.length * 64 - 1);
    }
}
