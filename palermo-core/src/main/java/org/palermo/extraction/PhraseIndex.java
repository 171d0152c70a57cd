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
 * first three characters; at each position only the phrases starting with the three characters
 * there are compared.
 */
final class PhraseIndex {

    private static final int BUCKETS = 1 << 14;

    private final Map<String, Integer> ids = new HashMap<>();
    private final String[] phrases;
    /**
     * Each phrase's fourth character, or -1 for a phrase of three: compared before the whole phrase, it turns away
     * most of the phrases that merely share their first three characters with the text (" co" starts " code" and
     * " country", "pro" a good part of any text's words).
     */
    private final int[] fourth;
    private final int[][] byStart = new int[BUCKETS][];
    /**
     * Which buckets hold a phrase, one bit each (2 KB): asked at every character, it stays in the first-level cache
     * where the bucket array (64 KB, one of three such indexes read per sentence) does not; almost every answer is no.
     */
    private final long[] occupied = new long[BUCKETS / 64];

    PhraseIndex(List<String> phrases) {
        List<String> distinct = new ArrayList<>();
        for (String p : phrases) {
            if (p.length() < 3) {
                throw new IllegalArgumentException("phrase shorter than three characters: '" + p + "'");
            }
            if (ids.putIfAbsent(p, distinct.size()) == null) {
                distinct.add(p);
            }
        }
        this.phrases = distinct.toArray(new String[0]);
        this.fourth = new int[this.phrases.length];
        for (int id = 0; id < this.phrases.length; id++) {
            fourth[id] = this.phrases[id].length() > 3 ? this.phrases[id].charAt(3) : -1;
        }
        for (int id = 0; id < this.phrases.length; id++) {
            String p = this.phrases[id];
            int b = bucket(p.charAt(0), p.charAt(1), p.charAt(2));
            int[] old = byStart[b] == null ? new int[0] : byStart[b];
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = id;
            byStart[b] = grown;
            occupied[b >>> 6] |= 1L << b;
        }
    }

    /** The first offset of every phrase in {@code text}. */
    Found scan(String text) {
        int[] first = new int[phrases.length];
        Arrays.fill(first, -1);
        boolean any = false;
        int n = text.length();
        if (n < 3) {
            return new Found(first, false);
        }
        char a = text.charAt(0);
        char b = text.charAt(1);
        for (int i = 0; i + 2 < n; i++) {
            char c = text.charAt(i + 2);
            int bucket = bucket(a, b, c);
            a = b;
            b = c;
            if ((occupied[bucket >>> 6] & 1L << bucket) == 0) {
                continue;
            }
            int[] candidates = byStart[bucket];
            for (int id : candidates) {
                if (first[id] < 0 && mayStartAt(text, i, n, id) && text.startsWith(phrases[id], i)) {
                    first[id] = i;
                    any = true;
                }
            }
        }
        return new Found(first, any);
    }

    /**
     * Whether any phrase occurs in {@code text}, as {@code phrases.stream().anyMatch(text::contains)} answers, in one
     * pass that stops at the first phrase found (a sentence with none of some forty cues was forty searches).
     */
    boolean anyIn(String text) {
        int n = text.length();
        if (n < 3) {
            return false;
        }
        char a = text.charAt(0);
        char b = text.charAt(1);
        for (int i = 0; i + 2 < n; i++) {
            char c = text.charAt(i + 2);
            int bucket = bucket(a, b, c);
            a = b;
            b = c;
            if ((occupied[bucket >>> 6] & 1L << bucket) == 0) {
                continue;
            }
            int[] candidates = byStart[bucket];
            for (int id : candidates) {
                if (mayStartAt(text, i, n, id) && text.startsWith(phrases[id], i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Which groups of phrases occur in {@code text}: bit {@code g} is set when a phrase of group {@code g} occurs
     * ({@code groups} gives each phrase's groups as a mask, in the order the phrases were given); one pass that stops
     * once every group is found, where a search per group would read a sentence without any of them once per group.
     */
    int groupsIn(String text, int[] groups, int all) {
        int n = text.length();
        if (n < 3) {
            return 0;
        }
        int seen = 0;
        char a = text.charAt(0);
        char b = text.charAt(1);
        for (int i = 0; i + 2 < n; i++) {
            char c = text.charAt(i + 2);
            int bucket = bucket(a, b, c);
            a = b;
            b = c;
            if ((occupied[bucket >>> 6] & 1L << bucket) == 0) {
                continue;
            }
            int[] candidates = byStart[bucket];
            for (int id : candidates) {
                if ((groups[id] & ~seen) != 0 && mayStartAt(text, i, n, id) && text.startsWith(phrases[id], i)) {
                    seen |= groups[id];
                    if (seen == all) {
                        return seen;
                    }
                }
            }
        }
        return seen;
    }

    /** The number {@link Found#indexOf(int)} knows a phrase by; {@code phrase} must be one of the indexed phrases. */
    int id(String phrase) {
        Integer id = ids.get(phrase);
        if (id == null) {
            throw new IllegalArgumentException("not an indexed phrase: '" + phrase + "'");
        }
        return id;
    }

    /** False when phrase {@code id} cannot start at {@code i} by its fourth character (its first three are the bucket's). */
    private boolean mayStartAt(String text, int i, int n, int id) {
        int c = fourth[id];
        return c < 0 || i + 3 < n && text.charAt(i + 3) == c;
    }

    private static int bucket(char a, char b, char c) {
        return (a * 961 + b * 31 + c) * 0x9E3779B9 >>> 18;
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
            return first[id(phrase)];
        }

        /** As {@code text.indexOf(phrase)} for the phrase of that {@link #id}. */
        int indexOf(int id) {
            return first[id];
        }

        boolean contains(String phrase) {
            return indexOf(phrase) >= 0;
        }
    }
}
