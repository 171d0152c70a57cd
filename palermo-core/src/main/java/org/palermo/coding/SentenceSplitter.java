package org.palermo.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence boundaries for case summaries: a full stop, question or exclamation mark
 * followed by space and a capital, or a line break. Abbreviations common in US summaries
 * ("Mr.", "Ga.", "U.S.", initials "S.H.") do not end a sentence.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "v", "vs", "no", "nos", "co", "inc", "ltd", "jr", "sr", "ga", "conn",
            "fla", "calif", "cal", "tex", "ill", "mich", "md", "va", "pa", "cir", "app", "supp", "fed", "seq",
            "art", "para", "sec", "approx", "e.g", "i.e", "al", "gen", "gov", "mt", "ft", "nev", "okla", "ariz");

    private SentenceSplitter() {
    }

    static List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = skipSpace(text, 0);
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = false;
            int end = i + 1;
            if (c == '\n' || c == '\r') {
                boundary = true;
                end = i;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                boundary = true;
                while (end < n && isClosing(text.charAt(end))) {
                    end++;
                }
            }
            if (boundary) {
                add(spans, text, start, end);
                start = skipSpace(text, end);
                i = Math.max(i, start - 1);
            }
        }
        add(spans, text, start, n);
        return spans;
    }

    private static boolean endsSentence(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && isClosing(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int after = skipSpace(text, next);
        if (after >= text.length()) {
            return true;
        }
        char first = text.charAt(after);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || isOpening(first))) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (word.indexOf('.') >= 0 && word.length() <= 6) {
            return false;
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == '”' || c == '’' || c == ']';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '“' || c == '‘' || c == '[';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<int[]> spans, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }
}
