package org.palermo.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision's text cut into sentences, with the offsets kept, so every cue can be quoted
 * with its sentence and checked for a negation in front of it.
 */
final class DecisionText {

    /** Longest quote; a longer sentence is quoted as a window around the cue. */
    private static final int MAX_QUOTE = 300;

    private static final Pattern NEGATOR = Pattern.compile(
            "\\b(?:not|no|never|without|nor|neither|failed to|n't)\\b", Pattern.CASE_INSENSITIVE);
    private static final int NEGATION_WINDOW_WORDS = 5;

    private final String text;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;

    DecisionText(String text) {
        this.text = text;
        List<int[]> spans = SentenceSplitter.split(text);
        sentenceStarts = new int[spans.size()];
        sentenceEnds = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            sentenceStarts[i] = spans.get(i)[0];
            sentenceEnds[i] = spans.get(i)[1];
        }
    }

    String text() {
        return text;
    }

    int sentenceCount() {
        return sentenceStarts.length;
    }

    String sentence(int index) {
        return text.substring(sentenceStarts[index], sentenceEnds[index]);
    }

    int sentenceStart(int index) {
        return sentenceStarts[index];
    }

    int sentenceIndexAt(int offset) {
        int lo = 0;
        int hi = sentenceStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentenceStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.max(lo, 0);
    }

    /** The first match of {@code cue} that no negation word governs, or null. */
    Matcher firstAffirmed(Pattern cue) {
        Matcher m = cue.matcher(text);
        while (m.find()) {
            if (!negated(m.start())) {
                return m;
            }
        }
        return null;
    }

    /** True when one of the few words before {@code offset}, in the same sentence, is a negation. */
    boolean negated(int offset) {
        if (sentenceStarts.length == 0) {
            return false;
        }
        int sentenceStart = sentenceStarts[sentenceIndexAt(offset)];
        int from = offset;
        int words = 0;
        while (from > sentenceStart && words < NEGATION_WINDOW_WORDS) {
            from--;
            char c = text.charAt(from);
            if (c == ',' || c == ';' || c == ':') {
                from++;
                break;
            }
            if (Character.isWhitespace(c) && from > sentenceStart && !Character.isWhitespace(text.charAt(from - 1))) {
                words++;
            }
        }
        return NEGATOR.matcher(text.substring(from, offset)).find();
    }

    /** The sentence around {@code [start, end)}, or a window of it when the sentence is long. */
    Evidence quote(int start, int end) {
        if (sentenceStarts.length == 0) {
            return Evidence.of(text, start, end);
        }
        int i = sentenceIndexAt(start);
        int from = sentenceStarts[i];
        int to = Math.max(sentenceEnds[i], end);
        if (to - from > MAX_QUOTE) {
            int room = Math.max(0, (MAX_QUOTE - (end - start)) / 2);
            from = Math.max(from, start - room);
            to = Math.min(to, end + room);
            from = wordStart(from, start);
            to = wordEnd(to, end);
        }
        return Evidence.of(text, from, to);
    }

    private int wordStart(int from, int limit) {
        while (from < limit && from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (from < limit && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private int wordEnd(int to, int limit) {
        while (to > limit && to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        while (to > limit && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
