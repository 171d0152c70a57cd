package org.palermo.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each phrase of a fixed list first occurs in a text, found in one pass: the answers are those
 * of {@link String#indexOf(String)} for every phrase, without one search of the whole text per
 * phrase (the event rules look for some 200 phrases in every sentence). Phrases are indexed by their
 * first two characters; at each position only the phrases starting with the two characters there
 * are compared.
 */
final class PhraseIndex {

    private static final int BUCKETS = 1 << 12;

    private final Map<String, Integer> ids = new HashMap<>();
    private final String[] phrases;
    private final int[][] byStart = new int[BUCKETS][];

    PhraseIndex(List<String> phrases) {
        List<String> distinct = new ArrayList<>();
        for (String p : phrases) {
            if (p.length() < 2) {
                throw new IllegalArgumentException("phrase shorter than two characters: '" + p + "'");
            }
            if (ids.putIfAbsent(p, distinct.size()) == null) {
                distinct.add(p);
            }
        }
        this.phrases = distinct.toArray(new String[0]);
        for (int id = 0; id < this.phrases.length; id++) {
            int b = bucket(this.phrases[id].charAt(0), this.phrases[id].charAt(1));
            int[] old = byStart[b] == null ? new int[0] : byStart[b];
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = id;
            byStart[b] = grown;
        }
    }

    /** The first offset of every phrase in {@code text}. */
    Found scan(String text) {
        int[] first = new int[phrases.length];
        Arrays.fill(first, -1);
        boolean any = false;
        for (int i = 0; i + 1 < text.length(); i++) {
            int[] candidates = byStart[bucket(text.charAt(i), text.charAt(i + 1))];
            if (candidates == null) {
                continue;
            }
            for (int id : candidates) {
                if (first[id] < 0 && text.startsWith(phrases[id], i)) {
                    first[id] = i;
                    any = true;
                }
            }
        }
        return new Found(first, any);
    }

    private static int bucket(char a, char b) {
        return (a * 31 + b) & (BUCKETS - 1);
    }

    /** The result of one {@link #scan}: {@code indexOf} and {@code contains} for the indexed phrases. */
    final class Found {

        private final int[] first;
        private final boolean any;

        private Found(int[] first, boolean any) {
            this.first = first;
            this.any = any;
        }

        /** Whether no phrase occurs at all. */
        boolean none() {
            return !any;
        }

        /** As {@code text.indexOf(phrase)}; {@code phrase} must be one of the indexed phrases. */
        int indexOf(String phrase) {
            Integer id = ids.get(phrase);
            if (id == null) {
                throw new IllegalArgumentException("not an indexed phrase: '" + phrase + "'");
            }
            return first[id];
        }

        boolean contains(String phrase) {
            return indexOf(phrase) >= 0;
        }
    }
}
