package org.palermo.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern NUMBER = Pattern.compile("^[\\-\u2013\u2022*]?\\s*(\\d{1,3})\\.(?=\\s)");
    /** Lines this long are paragraphs of their own (text exported one paragraph per line), not wrapped lines. */
    private static final int PARAGRAPH_LINE = 150;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\f\\r\\u00a0]*\\n");

    private Paragraphs() {
    }

    public static List<Paragraph> split(String text) {
        List<int[]> blocks = blocks(text);
        List<Paragraph> paragraphs = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int unnumbered = 0;
        for (int[] block : blocks) {
            String head = text.substring(block[0], Math.min(block[1], block[0] + 12));
            Matcher m = NUMBER.matcher(head);
            Paragraph previous = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            if (!m.find() && previous != null && previous.number() != null && startsLowerCase(text, block[0])) {
                paragraphs.set(paragraphs.size() - 1, new Paragraph(previous.index(), previous.number(),
                        previous.anchor(), previous.start(), block[1]));
                continue;
            }
            String number = null;
            String anchor;
            if (m.find(0)) {
                number = m.group(1);
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

    /** Start/end offsets of the non-blank blocks, trimmed of surrounding whitespace. */
    private static List<int[]> blocks(String text) {
        List<int[]> blocks = new ArrayList<>();
        Matcher sep = BLANK_LINE.matcher(text);
        int from = 0;
        while (sep.find()) {
            addTrimmed(text, from, sep.start(), blocks);
            from = sep.end();
        }
        addTrimmed(text, from, text.length(), blocks);
        return blocks;
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> blocks) {
        List<int[]> lines = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n') {
                lines.add(new int[] {lineStart, i});
                lineStart = i + 1;
            }
        }
        boolean linePerParagraph = lines.size() > 1 && medianLength(lines) >= PARAGRAPH_LINE;
        int from = start;
        for (int k = 1; k < lines.size(); k++) {
            int ls = lines.get(k)[0];
            String head = text.substring(ls, Math.min(lines.get(k)[1], ls + 10)).stripLeading();
            if (linePerParagraph || NUMBER.matcher(head).find()) {
                addSpan(text, from, ls, blocks);
                from = ls;
            }
        }
        addSpan(text, from, end, blocks);
    }

    private static int medianLength(List<int[]> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l[1] - l[0]).sorted().toArray();
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
