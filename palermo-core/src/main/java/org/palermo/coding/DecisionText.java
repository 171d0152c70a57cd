package org.palermo.coding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision's text cut into sentences, with the offsets kept, so every cue can be quoted
 * with its sentence and checked for a negation in front of it (one of the five words before it,
 * in the same clause).
 */
final class DecisionText {

    /** Longest quote; a longer sentence is quoted as a window around the cue. */
    private static final int MAX_QUOTE = 300;

    private static final Pattern NEGATOR = Pattern.compile("\\b(?:not|no|never|without|nor|neither|failed to|n't)\\b");
    /** Words that close the scope of a negation: "without pay as a live-in servant" does not negate "live-in". */
    private static final Pattern SCOPE_BREAK = Pattern.compile("\\b(?:as|but|and then|while|when|because|which|who|although|though|then)\\b");
    /** Space boundaries walked back from a cue: five words. */
    private static final int NEGATION_WINDOW_BOUNDARIES = 6;

    private final String text;
    private final String lower;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    /** Where words start, by their first character (a–z, 0–9), in text order: where a cue can begin. */
    private int[][] wordStarts;
    /** Where words start (a–z, 0–9), all in text order, and the bucket (0–35) of each. */
    private int[] allWordStarts;
    private byte[] startBuckets;

    /** Where each pattern's matches can start ({@link FirstCharacters}); one that is not known maps to {@link FirstCharacters#UNKNOWN}. */
    private static final java.util.concurrent.ConcurrentHashMap<Pattern, FirstCharacters> FIRST = new java.util.concurrent.ConcurrentHashMap<>();

    DecisionText(String text) {
        this.text = text;
        this.lower = lowerCase(text);
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

    /**
     * The text lower-cased character by character, so offsets are the same as in {@link #text()}:
     * cue patterns are written in lower case and matched here, which is much faster than
     * case-insensitive matching.
     */
    String lower() {
        return lower;
    }

    static String lowerCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Compiles a pattern to be matched against {@link #lower()}: its literal letters are lower-cased. */
    static Pattern lowerPattern(String regex) {
        StringBuilder b = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            b.append(c);
            if (c == '\\' && i + 1 < regex.length()) {
                b.append(regex.charAt(++i));
            } else if (Character.isUpperCase(c)) {
                b.setLength(b.length() - 1);
                b.append(Character.toLowerCase(c));
            }
        }
        return Pattern.compile(factorWordBoundary(b.toString()));
    }

    /**
     * Rewrites {@code \\ba|\\bb|\\bc} as {@code \\b(?:a|b|c)}: the same language, but Java's matcher
     * then tests one boundary per position instead of one per alternative (five times faster).
     */
    static String factorWordBoundary(String regex) {
        List<String> alternatives = new java.util.ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        alternatives.add(regex.substring(from));
        if (alternatives.size() < 2 || !alternatives.stream().allMatch(a -> a.startsWith("\\b"))) {
            return regex;
        }
        return "\\b(?:" + String.join("|", alternatives.stream().map(a -> a.substring(2)).toList()) + ")";
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

    /**
     * The first match of a {@link #lowerPattern} that no negation word governs, or null. A cue whose
     * first characters are known is tried only where it can start ({@link FirstCharacters}); the matches are
     * the same as a scan of every position ({@link Matcher#find()}) would give.
     */
    Matcher firstAffirmed(Pattern cue) {
        FirstCharacters first = firstCharacters(cue);
        Matcher m = cue.matcher(lower);
        if (first == FirstCharacters.UNKNOWN) {
            while (m.find()) {
                if (!negated(m.start())) {
                    return m;
                }
            }
            return null;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int[] candidates = candidates(first, lower);
        int from = 0;
        for (int start : candidates) {
            if (start < from) {
                continue; // inside a negated match: find() would go on after it
            }
            m.region(start, lower.length());
            if (m.lookingAt()) {
                if (!negated(m.start())) {
                    return m;
                }
                from = m.end();
            }
        }
        return null;
    }

    /**
     * Every match of {@code pattern} in {@link #text()} (or, with {@code lower}, in {@link #lower()}), in the order and with
     * the groups {@link Matcher#find()} gives; a pattern whose first characters are known is tried only where it can start,
     * as in {@link #firstAffirmed}.
     */
    Matches matches(Pattern pattern, boolean lower) {
        FirstCharacters first = firstCharacters(pattern);
        String input = lower ? this.lower : text;
        Matcher m = pattern.matcher(input);
        if (first == FirstCharacters.UNKNOWN) {
            return new Matches(m, null);
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return new Matches(m, candidates(first, input));
    }

    /** The matches of one pattern over a decision, found one by one as {@link Matcher#find()} finds them. */
    static final class Matches {
        private final Matcher matcher;
        private final int[] candidates;
        private final int length;
        private int next;
        private int from;

        private Matches(Matcher matcher, int[] candidates) {
            this.matcher = matcher;
            this.candidates = candidates;
            this.length = matcher.regionEnd();
        }

        /** Moves to the next match that starts at or after the end of the previous one; false when there is none. */
        boolean find() {
            if (candidates == null) {
                return matcher.find();
            }
            while (next < candidates.length) {
                int start = candidates[next++];
                if (start < from) {
                    continue;
                }
                matcher.region(start, length);
                if (matcher.lookingAt()) {
                    // find() goes on after the match's end (one further after an empty match)
                    from = matcher.end() == start ? start + 1 : matcher.end();
                    return true;
                }
            }
            return false;
        }

        /** The matcher, at the match {@link #find()} found (its start, end and groups are offsets into the whole text). */
        Matcher matcher() {
            return matcher;
        }
    }

    private static FirstCharacters firstCharacters(Pattern cue) {
        FirstCharacters known = FIRST.get(cue);
        if (known == null) {
            if (FIRST.size() > 10_000) {
                FIRST.clear(); // patterns made on the fly somewhere: never let the memo grow without bound
            }
            FirstCharacters starts = FirstCharacters.of(cue);
            known = starts == null ? FirstCharacters.UNKNOWN : starts;
            FIRST.put(cue, known);
        }
        return known;
    }

    /**
     * Where a pattern with these first characters can match in {@code input} (the text or its lower-cased copy, which
     * have the same offsets), in text order: word starts with one of its letters or digits, and every place of one
     * of its punctuation marks.
     */
    private int[] candidates(FirstCharacters first, String input) {
        if (wordStarts == null) {
            indexWordStarts();
        }
        long bits = first.wordStartBits();
        String anywhere = first.anywhere();
        if (anywhere.isEmpty() && Long.bitCount(bits) == 1) {
            return wordStarts[Long.numberOfTrailingZeros(bits)];
        }
        int n = 0;
        for (long b = bits; b != 0; b &= b - 1) {
            n += wordStarts[Long.numberOfTrailingZeros(b)].length;
        }
        if (anywhere.isEmpty()) {
            int[] out = new int[n];
            int k = 0;
            for (int i = 0; i < allWordStarts.length; i++) {
                if ((bits >>> startBuckets[i] & 1) != 0) {
                    out[k++] = allWordStarts[i];
                }
            }
            return out;
        }
        int[] out = new int[n + 16];
        int k = 0;
        int w = 0;
        for (int i = 0; i < input.length(); i++) {
            boolean candidate;
            if (w < allWordStarts.length && allWordStarts[w] == i) {
                candidate = (bits >>> startBuckets[w] & 1) != 0;
                w++;
            } else {
                candidate = anywhere.indexOf(input.charAt(i)) >= 0;
            }
            if (candidate) {
                if (k == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static boolean isWordStart(String lower, int i) {
        return bucket(lower.charAt(i)) >= 0 && (i == 0 || !isWordChar(lower.charAt(i - 1)));
    }

    /** Indexes where words start, by their first character and all in text order, once per decision. */
    private void indexWordStarts() {
        int n = lower.length();
        int[] counts = new int[36];
        int total = 0;
        for (int i = 0; i < n; i++) {
            if (isWordStart(lower, i)) {
                counts[bucket(lower.charAt(i))]++;
                total++;
            }
        }
        int[][] starts = new int[36][];
        for (int b = 0; b < 36; b++) {
            starts[b] = new int[counts[b]];
        }
        int[] filled = new int[36];
        allWordStarts = new int[total];
        startBuckets = new byte[total];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (isWordStart(lower, i)) {
                int b = bucket(lower.charAt(i));
                starts[b][filled[b]++] = i;
                allWordStarts[k] = i;
                startBuckets[k++] = (byte) b;
            }
        }
        wordStarts = starts;
    }

    private static int bucket(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return c >= '0' && c <= '9' ? 26 + c - '0' : -1;
    }

    /** A word character as Java's {@code \b} sees one. */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** True when one of the few words before {@code offset}, in the same sentence, is a negation. */
    boolean negated(int offset) {
        if (sentenceStarts.length == 0) {
            return false;
        }
        int sentenceStart = sentenceStarts[sentenceIndexAt(offset)];
        int from = offset;
        int words = 0;
        while (from > sentenceStart && words < NEGATION_WINDOW_BOUNDARIES) {
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
        Matcher scope = SCOPE_BREAK.matcher(lower).region(from, offset);
        while (scope.find()) {
            from = scope.end();
        }
        return NEGATOR.matcher(lower).region(from, offset).find();
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
