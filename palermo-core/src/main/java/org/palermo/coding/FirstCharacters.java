package org.palermo.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * The characters a match of a cue can start with, read from the pattern's text when it is simple
 * enough to be sure ({@code \b(?:recruit\w*|lur(?:e|ed)|…)} → {r, l}), else null. A cue that starts with a
 * word boundary and a known set of letters or digits can only match at the start of a word beginning
 * with one of them, so {@link DecisionText} tries it only there instead of at every character (the
 * same matches, several times faster: most of the coder's time is spent looking for cues).
 */
final class FirstCharacters {

    private FirstCharacters() {
    }

    /** The possible first characters (lower-case letters and digits) of a match of {@code regex}, or null if unsure. */
    static boolean[] of(String regex) {
        if (!regex.startsWith("\\b")) {
            return null;
        }
        boolean[] set = new boolean[128];
        return alternatives(regex.substring(2), set) ? set : null;
    }

    /** Adds the first characters of a sequence that is the whole of {@code s}; false if unsure. */
    private static boolean alternatives(String s, boolean[] set) {
        for (String alternative : split(s)) {
            if (alternative == null || !first(alternative, set)) {
                return false;
            }
        }
        return true;
    }

    private static boolean first(String alt, boolean[] set) {
        if (alt.isEmpty()) {
            return false;
        }
        char c = alt.charAt(0);
        if (Character.isLetterOrDigit(c) && c < 128) {
            if (optional(alt, 1)) {
                return false;
            }
            set[Character.toLowerCase(c)] = true;
            return true;
        }
        if (c == '\\') {
            if (alt.length() < 2) {
                return false;
            }
            if (alt.charAt(1) == 'd' && !optional(alt, 2)) {
                for (char d = '0'; d <= '9'; d++) {
                    set[d] = true;
                }
                return true;
            }
            return false;
        }
        if (c == '[') {
            int end = alt.indexOf(']', 1);
            if (end < 0 || alt.charAt(1) == '^' || optional(alt, end + 1)) {
                return false;
            }
            String body = alt.substring(1, end);
            for (int i = 0; i < body.length(); i++) {
                char x = body.charAt(i);
                if (x == '\\') {
                    return false;
                }
                if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                    char to = body.charAt(i + 2);
                    if (!Character.isLetterOrDigit(x) || !Character.isLetterOrDigit(to) || to >= 128) {
                        return false;
                    }
                    for (char y = x; y <= to; y++) {
                        set[Character.toLowerCase(y)] = true;
                    }
                    i += 2;
                } else if (Character.isLetterOrDigit(x) && x < 128) {
                    set[Character.toLowerCase(x)] = true;
                } else {
                    return false;
                }
            }
            return true;
        }
        if (alt.startsWith("(?:")) {
            int close = closing(alt, 0);
            if (close < 0 || optional(alt, close + 1)) {
                return false;
            }
            return alternatives(alt.substring(3, close), set);
        }
        return false;
    }

    /** True when the element ending before {@code i} may be absent ({@code ?}, {@code *}, {@code {0,…}}). */
    private static boolean optional(String s, int i) {
        return i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '*' || s.startsWith("{0", i));
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
