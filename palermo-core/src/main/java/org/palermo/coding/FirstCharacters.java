package org.palermo.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a match of a pattern can start, read from the pattern's text when it is simple enough to be sure, else
 * unknown (null): at the start of a word beginning with one of a few letters or digits
 * ({@code \b(?:recruit\w*|lur(?:e|ed)|…)} → r, l), or at one of a few punctuation marks anywhere ({@code ,\s+both men}
 * → the commas). {@link DecisionText} then tries the pattern only there instead of at every character (the same
 * matches, several times faster: most of the coder's time is spent looking for cues).
 *
 * <p>Zero-width parts in front of the first character ({@code \b}, look-behinds and look-aheads such as
 * {@code (?<!mail )\bfraud}) only narrow where a match may start, so they are stepped over (a letter counts as a word
 * start only after a {@code \b}); an optional part ({@code \b(?:co-)?defendant}) adds its first characters to those
 * of what follows it. Letters are kept in lower case and stand for both of their cases, so the same holds for
 * case-sensitive and (ASCII) case-insensitive patterns.
 */
final class FirstCharacters {

    /** Lower-case letters and digits (by their code) a match can start with where a word starts. */
    private final boolean[] wordStarts = new boolean[128];
    /** Characters of no case, neither letters nor digits, a match can start with wherever they are. */
    private final StringBuilder anywhere = new StringBuilder();
    /** {@link #wordStarts} as bits, and {@link #anywhere} as a string, once read. */
    private long bits;
    private String anywhereChars = "";

    /** Stands for "not known" where a null cannot (as a value in a concurrent map). */
    static final FirstCharacters UNKNOWN = new FirstCharacters();

    private FirstCharacters() {
    }

    /** The word starts as bits: bit 0–25 for a–z, 26–35 for 0–9 (the buckets of {@link DecisionText}'s index). */
    long wordStartBits() {
        return bits;
    }

    /** True when a match can start where a word starts with {@code c} (a lower-case ASCII letter or a digit). */
    boolean atWordStart(char c) {
        return c < 128 && wordStarts[c];
    }

    /** The characters a match can start with wherever they are (punctuation); often none. */
    String anywhere() {
        return anywhereChars;
    }

    /** As {@link #of(String)}, or null also when the pattern's flags change what a word boundary or a case is. */
    static FirstCharacters of(Pattern pattern) {
        int unsafe = Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.CANON_EQ;
        return (pattern.flags() & unsafe) != 0 ? null : of(pattern.pattern());
    }

    /** Where a match of {@code regex} can start, or null if unsure. */
    static FirstCharacters of(String regex) {
        FirstCharacters starts = new FirstCharacters();
        for (String alternative : split(regex)) {
            if (alternative == null || !starts.sequence(alternative, false)) {
                return null;
            }
        }
        for (int b = 0; b < 36; b++) {
            if (starts.wordStarts[b < 26 ? 'a' + b : '0' + b - 26]) {
                starts.bits |= 1L << b;
            }
        }
        starts.anywhereChars = starts.anywhere.toString();
        return starts;
    }

    /**
     * Adds the first characters of a sequence that is the whole of {@code s}; false if unsure (among others when the
     * sequence can match nothing at all). {@code atWord}: a word boundary is known to hold where the sequence starts.
     */
    private boolean sequence(String s, boolean atWord) {
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("\\b", i)) {
                atWord = true;
                i += 2;
                continue;
            }
            int end = elementEnd(s, i);
            if (end < 0) {
                return false;
            }
            int quantifier = quantifierLength(s, end);
            if (quantifier < 0) {
                return false;
            }
            String element = s.substring(i, end);
            if (zeroWidth(element)) {
                if (quantifier > 0) {
                    return false;
                }
                i = end;
                continue;
            }
            if (!element(element, atWord)) {
                return false;
            }
            if (!optional(s, end)) {
                return true;
            }
            i = end + quantifier;
        }
        return false;
    }

    /** True for a look-around, or a group of anchors and look-arounds only ({@code (?:^|(?<=[.;]\s))}): they match no character. */
    private static boolean zeroWidth(String e) {
        if (e.startsWith("(?<!") || e.startsWith("(?<=") || e.startsWith("(?=") || e.startsWith("(?!")) {
            return true;
        }
        String body = e.startsWith("(") ? groupBody(e) : null;
        if (body == null) {
            return false;
        }
        for (String alternative : split(body)) {
            if (alternative == null || !anchorsOnly(alternative)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anchorsOnly(String s) {
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '^') {
                i++;
            } else if (s.startsWith("\\b", i)) {
                i += 2;
            } else {
                int end = elementEnd(s, i);
                if (end < 0 || quantifierLength(s, end) != 0 || !zeroWidth(s.substring(i, end))) {
                    return false;
                }
                i = end;
            }
        }
        return true;
    }

    /** The end of the element (a character, an escape, a class or a group) starting at {@code i}, or -1 if unsure. */
    private static int elementEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '\\') {
            return i + 2 <= s.length() ? i + 2 : -1;
        }
        if (c == '[') {
            int end = s.indexOf(']', i + 1);
            return end < 0 ? -1 : end + 1;
        }
        if (c == '(') {
            int close = closing(s, i);
            return close < 0 ? -1 : close + 1;
        }
        return i + 1;
    }

    /** Adds the first characters of one element that consumes a character; false if unsure. */
    private boolean element(String e, boolean atWord) {
        char c = e.charAt(0);
        if (c == '\\') {
            char escaped = e.charAt(1);
            if (escaped == 'd' && atWord) {
                for (char d = '0'; d <= '9'; d++) {
                    wordStarts[d] = true;
                }
                return true;
            }
            return !Character.isLetterOrDigit(escaped) && literal(escaped, atWord);
        }
        if (c == '[') {
            if (e.length() < 3 || e.charAt(1) == '^') {
                return false;
            }
            String body = e.substring(1, e.length() - 1);
            for (int i = 0; i < body.length(); i++) {
                char x = body.charAt(i);
                if (x == '\\' || x == '[' || x == '&') {
                    return false;
                }
                if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                    char to = body.charAt(i + 2);
                    if (to >= 128) {
                        return false;
                    }
                    for (char y = x; y <= to; y++) {
                        if (!Character.isLetterOrDigit(y) || !literal(y, atWord)) {
                            return false;
                        }
                    }
                    i += 2;
                } else if (!literal(x, atWord)) {
                    return false;
                }
            }
            return true;
        }
        if (c == '(') {
            String inner = groupBody(e);
            if (inner == null) {
                return false;
            }
            for (String alternative : split(inner)) {
                if (alternative == null || !sequence(alternative, atWord)) {
                    return false;
                }
            }
            return true;
        }
        if (c == '.' || c == '^' || c == '$' || c == ')' || c == '|' || c == '*' || c == '+' || c == '?' || c == '{') {
            return false;
        }
        return literal(c, atWord);
    }

    /**
     * Adds a character a match starts with: an ASCII letter or digit where a word starts (only after a word boundary), a
     * character of no case that is neither wherever it is; false for any other.
     */
    private boolean literal(char c, boolean atWord) {
        if (Character.isLetterOrDigit(c)) {
            if (!atWord || c >= 128) {
                return false;
            }
            wordStarts[Character.toLowerCase(c)] = true;
            return true;
        }
        if (c == '_' || Character.toLowerCase(c) != c || Character.toUpperCase(c) != c || Character.isWhitespace(c)
                || Character.getType(c) == Character.NON_SPACING_MARK) {
            return false;
        }
        if (anywhere.indexOf(String.valueOf(c)) < 0) {
            anywhere.append(c);
        }
        return true;
    }

    /**
     * The body of a group: {@code (…)}, {@code (?:…)}, {@code (?<name>…)}, or one that only switches case-sensitivity
     * ({@code (?-i:…)}, {@code (?i:…)}: letters stand for both cases anyway); else null.
     */
    private static String groupBody(String g) {
        String body = g.substring(1, g.length() - 1);
        if (!body.startsWith("?")) {
            return body;
        }
        if (body.startsWith("?:")) {
            return body.substring(2);
        }
        if (body.startsWith("?-i:") || body.startsWith("?i:")) {
            return body.substring(body.indexOf(':') + 1);
        }
        if (body.startsWith("?<") && body.length() > 2 && Character.isLetter(body.charAt(2))) {
            int close = body.indexOf('>');
            return close < 0 ? null : body.substring(close + 1);
        }
        return null;
    }

    /** True when the element ending before {@code i} may be absent ({@code ?}, {@code *}, {@code {0,…}}). */
    private static boolean optional(String s, int i) {
        return i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '*' || s.startsWith("{0", i) || s.startsWith("{,", i));
    }

    /** The length of the quantifier at {@code i} (0 when none; with its lazy or possessive mark), or -1 if unreadable. */
    private static int quantifierLength(String s, int i) {
        if (i >= s.length()) {
            return 0;
        }
        int end;
        char c = s.charAt(i);
        if (c == '?' || c == '*' || c == '+') {
            end = i + 1;
        } else if (c == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) {
                return -1;
            }
            end = close + 1;
        } else {
            return 0;
        }
        if (end < s.length() && (s.charAt(end) == '?' || s.charAt(end) == '+')) {
            end++;
        }
        return end - i;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The top-level alternatives of {@code s}; a null element when the text cannot be split safely. */
    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
                if (depth < 0) {
                    parts.add(null);
                    return parts;
                }
            } else if (c == '|' && depth == 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }
}
