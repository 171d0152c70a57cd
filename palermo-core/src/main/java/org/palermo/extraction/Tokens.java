package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast rule tokenizer: words (letters with inner apostrophes and hyphens: "Sixty-two",
 * "pre-trial"), numbers in digits with their separators ("6,112,019", "20.9", "6 112 019" and
 * French groups with no-break or thin spaces, "6\u00a0112\u00a0019"; groups with plain spaces are left apart, since
 * flattened tables put their columns that way), and single punctuation marks. Offsets index the document.
 */
final class Tokens {

    /** One-character strings for ASCII punctuation, shared: most marks are one of these. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private Tokens() {
    }

    static List<Token> of(String text, int from, int to) {
        // about one token per five characters of running text: sized once rather than grown by copying
        List<Token> tokens = new ArrayList<>(Math.max(10, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
            if (c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f
                    : Character.isWhitespace(c)) {
                i++;
            } else if (letter && (c == 'd' || c == 'l' || c == 'D' || c == 'L')
                    && org.palermo.reference.Gazetteer.isElision(text, i, to)) { // the test's first step, here: no call
                tokens.add(new Token(i, i + 2, Token.Kind.WORD, text.substring(i, i + 2)));
                i += 2;
            } else if (letter) {
                int end = wordEnd(text, i, to);
                tokens.add(new Token(i, end, Token.Kind.WORD, text.substring(i, end)));
                i = end;
            } else if (c >= '0' && c <= '9') {
                int end = digitsEnd(text, i, to);
                tokens.add(new Token(i, end, Token.Kind.DIGITS, text.substring(i, end)));
                i = end;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == to || !Character.isLetter(text.charAt(i + 2))) && i > from && Character.isLetter(text.charAt(i - 1))) {
                tokens.add(new Token(i, i + 2, Token.Kind.PUNCT, text.substring(i, i + 2)));
                i += 2;
            } else if (c < 128) {
                tokens.add(new Token(i, i + 1, Token.Kind.PUNCT, ASCII[c], ASCII[c]));
                i++;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                tokens.add(new Token(i, end, Token.Kind.PUNCT, text.substring(i, end)));
                i = end;
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int start, int to) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' && i > start
                    : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == to || !Character.isLetter(text.charAt(i + 2)))) {
                break; // the possessive "'s" is a token of its own
            } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '\u2011') && i + 1 < to
                    && Character.isLetter(text.charAt(i + 1)) && i > start) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int digitsEnd(String text, int start, int to) {
        int i = start;
        while (i < to && isDigit(text.charAt(i))) {
            i++;
        }
        while (i + 1 < to) {
            char c = text.charAt(i);
            if ((c == ',' || c == '.') && isDigit(text.charAt(i + 1))) {
                i++;
                while (i < to && isDigit(text.charAt(i))) {
                    i++;
                }
            } else if ((c == '\u00a0' || c == '\u202f' || c == '\u2009') && group(text, i + 1, to)) {
                i += 4;
            } else if (c == ' ' && plainSpaceGroups(text, start, i, to)) {
                i += 4;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * "1 250 victimes", "1 250 000 personnes": French and Spanish thousands with plain spaces, taken
     * only when a word follows the groups; "120 145 160" (table columns) stays three numbers.
     */
    private static boolean plainSpaceGroups(String text, int start, int space, int to) {
        if (!group(text, space + 1, to)) {
            return false;
        }
        int firstGroup = text.indexOf(' ', start);
        if (firstGroup == space && space - start > 3) {
            return false;
        }
        int k = space + 4;
        while (k + 4 <= to && text.charAt(k) == ' ' && group(text, k + 1, to)) {
            k += 4;
        }
        if (k + 1 < to && text.charAt(k) == ' ' && Character.isLetter(text.charAt(k + 1))) {
            return true;
        }
        // "reached 1 699 (18% …", "(3 990)", "celui de 2023 (1 549).", "… par la police : 1 708": a first group of one
        // or two digits, closed by punctuation or the end of the line, is one number too (table cells rarely are).
        boolean shortFirst = space - start <= 2 && (start == 0 || !isDigit(text.charAt(start - 1))
                && !(start >= 2 && text.charAt(start - 1) == ' ' && isDigit(text.charAt(start - 2))));
        return shortFirst && (k >= to || ").,;:(\n\r".indexOf(text.charAt(k)) >= 0
                || text.charAt(k) == ' ' && k + 1 < to && text.charAt(k + 1) == '('); // "reached 1 699 (18% …"
    }

    /** Exactly three digits at {@code i}, then no further digit. */
    private static boolean group(String text, int i, int to) {
        return i + 3 <= to && isDigit(text.charAt(i)) && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                && (i + 3 == to || !isDigit(text.charAt(i + 3)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
