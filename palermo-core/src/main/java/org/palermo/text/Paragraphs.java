package org.palermo.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits plain text into paragraphs and recognises the document's own paragraph numbers.
 *
 * <p>A paragraph is a block of text between blank lines; inside a block, a line that opens with a
 * paragraph number starts a new one, and so does every line of a block written one paragraph per
 * line. A paragraph that opens with "21." or "- 21." carries the number 21. UN documents break paragraphs across pages, so a block that
 * opens with a lower-case letter right after a numbered paragraph is that paragraph's
 * continuation and is joined to it. Offsets index the unchanged text.
 */
public final class Paragraphs {

    /** Lines this long are paragraphs of their own (text exported one paragraph per line), not wrapped lines. */
    private static final int PARAGRAPH_LINE = 150;

    private Paragraphs() {
    }

    public static List<Paragraph> split(String text) {
        List<int[]> blocks = blocks(text);
        List<Paragraph> paragraphs = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int unnumbered = 0;
        for (int[] block : blocks) {
            String number = number(text, block[0], Math.min(block[1], block[0] + 12));
            Paragraph previous = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            if (number == null && previous != null && previous.number() != null && startsLowerCase(text, block[0])) {
                paragraphs.set(paragraphs.size() - 1, new Paragraph(previous.index(), previous.number(),
                        previous.anchor(), previous.start(), block[1]));
                continue;
            }
            String anchor;
            if (number != null) {
                int times = seen.merge(number, 1, Integer::sum);
                anchor = times == 1 ? "p" + number : "p" + number + "-" + times;
            } else {
                anchor = "b" + (++unnumbered);
            }
            paragraphs.add(new Paragraph(paragraphs.size(), number, anchor, block[0], block[1]));
        }
        return List.copyOf(paragraphs);
    }

    /** The paragraph holding {@code offset}, or null when the offset falls between paragraphs. */
    public static Paragraph at(List<Paragraph> paragraphs, int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Paragraph p = paragraphs.get(mid);
            if (offset < p.start()) {
                hi = mid - 1;
            } else if (offset >= p.end()) {
                lo = mid + 1;
            } else {
                return p;
            }
        }
        return null;
    }

    private static boolean startsLowerCase(String text, int at) {
        return Character.isLowerCase(text.codePointAt(at));
    }

    /**
     * The paragraph number that opens {@code text[from, to)}: an optional dash or bullet, spaces, one to
     * three digits and a dot followed by a space ("21. ", "- 4. "), as the pattern
     * {@code ^[\-\u2013\u2022*]?\s*(\d{1,3})\.(?=\s)} on that span alone; else null. Written out
     * because it runs on every line.
     */
    static String number(String text, int from, int to) {
        int i = from;
        if (i < to && isBullet(text.charAt(i))) {
            i++;
        }
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        int digits = i;
        while (i < to && i - digits < 4 && isDigit(text.charAt(i))) {
            i++;
        }
        int n = i - digits;
        if (n < 1 || n > 3 || i + 1 >= to || text.charAt(i) != '.' || !isSpace(text.charAt(i + 1))) {
            return null;
        }
        return text.substring(digits, i);
    }

    private static boolean isBullet(char c) {
        return c == '-' || c == '\u2013' || c == '\u2022' || c == '*';
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Start/end offsets of the non-blank blocks, trimmed of surrounding whitespace. Blocks are
     * separated by a blank line: a line break, then only spaces, tabs, form feeds, carriage returns or
     * no-break spaces, then a line break.
     */
    private static List<int[]> blocks(String text) {
        List<int[]> blocks = new ArrayList<>();
        int from = 0;
        for (int i = text.indexOf('\n'); i >= 0; ) {
            int j = i + 1;
            while (j < text.length() && isBlank(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                addTrimmed(text, from, i, blocks);
                from = j + 1;
                i = text.indexOf('\n', j + 1);
            } else {
                i = text.indexOf('\n', j);
            }
        }
        addTrimmed(text, from, text.length(), blocks);
        return blocks;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\u00a0';
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> blocks) {
        List<int[]> lines = new ArrayList<>();
        int lineStart = start;
        while (true) { // the line breaks by indexOf, which reads many characters at a time, not one by one
            int i = text.indexOf('\n', lineStart);
            if (i < 0 || i >= end) {
                lines.add(new int[] {lineStart, end});
                break;
            }
            lines.add(new int[] {lineStart, i});
            lineStart = i + 1;
        }
        boolean linePerParagraph = lines.size() > 1 && medianLength(lines) >= PARAGRAPH_LINE;
        int from = start;
        for (int k = 1; k < lines.size(); k++) {
            int ls = lines.get(k)[0];
            int headEnd = Math.min(lines.get(k)[1], ls + 10);
            int headStart = ls;
            while (headStart < headEnd && Character.isWhitespace(text.codePointAt(headStart))) {
                headStart += Character.charCount(text.codePointAt(headStart));
            }
            if (linePerParagraph || number(text, headStart, headEnd) != null) {
                addSpan(text, from, ls, blocks);
                from = ls;
            }
        }
        addSpan(text, from, end, blocks);
    }

    private static int medianLength(List<int[]> lines) {
        int[] lengths = new int[lines.size()];
        for (int k = 0; k < lengths.length; k++) {
            lengths[k] = lines.get(k)[1] - lines.get(k)[0];
        }
        Arrays.sort(lengths);
        return lengths[lengths.length / 2];
    }

    private static void addSpan(String text, int start, int end, List<int[]> blocks) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            blocks.add(new int[] {start, end});
        }
    }
}
