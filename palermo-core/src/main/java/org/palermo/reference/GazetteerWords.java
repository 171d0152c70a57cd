package org.palermo.reference;

import java.util.Arrays;

/**
 * Splits text into the words the gazetteer matches on: runs of letters (with inner apostrophes and
 * hyphens, "Côte d'Ivoire", "Guinea-Bissau"), dotted abbreviations ("U.S."), and the separators
 * "(", ")" and "," that occur inside UN-style names. Any other punctuation is a break that no
 * phrase crosses. Each word is {start, end, type}.
 */
final class GazetteerWords {

    static final int WORD = 0;
    static final int SEPARATOR = 1;
    static final int BREAK = 2;

    private GazetteerWords() {
    }

    /** The words of {@code text[from, to)}, packed (no object per word: this runs on every sentence). */
    static Spans split(CharSequence text, int from, int to) {
        Spans words = new Spans(to - from);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue; // most characters that are not letters: spaces
            }
            boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
            if (letter && (c == 'd' || c == 'l' || c == 'D' || c == 'L') && isElision(text, i, to)) {
                words.add(i, i + 2, WORD); // French "d'Haïti", "l'Italie": the article apart
                i += 2;
            } else if (letter) {
                int end = wordEnd(text, i, to);
                words.add(i, end, WORD);
                i = end;
            } else if (c == '(' || c == ')' || c == ',') {
                words.add(i, i + 1, SEPARATOR);
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                if (words.size() == 0 || words.type(words.size() - 1) != BREAK) {
                    words.add(i, i + 1, BREAK);
                }
                i++;
            }
        }
        return words;
    }

    /** Words as {start, end, type} triples in one growing array. */
    static final class Spans {

        private int[] data;
        private int size;

        /**
         * For a text of {@code chars} characters: about a word per five characters, sized once rather than grown (up
         * to 4,096 words; a longer text grows the array as it goes).
         */
        Spans(int chars) {
            data = new int[3 * Math.max(16, Math.min(4096, chars / 5 + 1))];
        }

        void add(int start, int end, int type) {
            if (3 * size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[3 * size] = start;
            data[3 * size + 1] = end;
            data[3 * size + 2] = type;
            size++;
        }

        int size() {
            return size;
        }

        int start(int i) {
            return data[3 * i];
        }

        int end(int i) {
            return data[3 * i + 1];
        }

        int type(int i) {
            return data[3 * i + 2];
        }
    }

    private static int wordEnd(CharSequence text, int start, int to) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '\'' || c == '\u2019') && isPossessive(text, i, to)) {
                break; // "Mexico's government": the name ends before the possessive
            } else if ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else if (c == '.' && continuesAbbreviation(text, start, i, to)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** "d'" or "l'" before a capital: "d'Haïti", "l'Italie", "Côte d'Ivoire". */
    static boolean isElision(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        return (c == 'd' || c == 'l' || c == 'D' || c == 'L') && i + 2 < to
                && (text.charAt(i + 1) == '\'' || text.charAt(i + 1) == '\u2019') && Character.isUpperCase(text.charAt(i + 2))
                && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
    }

    static boolean isPossessive(CharSequence text, int apostrophe, int to) {
        return apostrophe + 1 < to && (text.charAt(apostrophe + 1) == 's' || text.charAt(apostrophe + 1) == 'S')
                && (apostrophe + 2 == to || !Character.isLetter(text.charAt(apostrophe + 2)));
    }

    /** At a dot after "U" or "U.S": true when the word so far is single capitals each followed by a dot. */
    private static boolean continuesAbbreviation(CharSequence text, int start, int dot, int to) {
        if ((dot - start) % 2 == 0) {
            return false;
        }
        for (int k = start; k < dot; k += 2) {
            if (!Character.isUpperCase(text.charAt(k)) || (k + 1 < dot && text.charAt(k + 1) != '.')) {
                return false;
            }
        }
        boolean more = dot + 2 < to && Character.isUpperCase(text.charAt(dot + 1)) && text.charAt(dot + 2) == '.';
        return more || dot - start >= 3;
    }
}
