package org.palermo.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Sentence boundaries within a paragraph: OpenNLP's English sentence model, then two repairs. A
 * split right after an abbreviation ("Jan.", "No.", "art.") before a lower-case word or a digit is
 * undone; and a sentence longer than {@link #MAX_LENGTH} is cut at a semicolon, a line break or a
 * space, so that no rule ever sees an unbounded string (tables flattened to one line, 10 MB files).
 */
final class Sentences {

    static final int MAX_LENGTH = 1500;

    private static final class Model {
        static final EndsOfSentence.Model INSTANCE = load();
        static final EndsOfSentence ENDS = INSTANCE.ends();
    }

    private final SentenceDetectorME detector = new SentenceDetectorME(Model.INSTANCE);

    /** Sentence spans {start, end} inside {@code text[from, to)}, trimmed, in order. */
    List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        List<int[]> raw = new ArrayList<>();
        for (int[] block : lineBlocks(text, from, to)) {
            if (!Model.ENDS.anyIn(text, block[0], block[1])) {
                // No place where the model could end a sentence (a heading, a row of a table): the model would
                // return the block trimmed, as below, after boxing and looking up every character of it.
                int start = block[0];
                int end = block[1];
                while (start < end && StringUtil.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && StringUtil.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    raw.add(new int[] {start, end});
                }
                continue;
            }
            String part = text.substring(block[0], block[1]);
            Span[] spans = detector.sentPosDetect(part);
            for (Span s : spans) {
                raw.add(new int[] {block[0] + s.getStart(), block[0] + s.getEnd()});
            }
        }
        int[] current = null;
        for (int[] s : raw) {
            if (current != null && wronglySplit(text, current, s)) {
                current = new int[] {current[0], s[1]};
            } else {
                if (current != null) {
                    cap(text, current[0], current[1], out);
                }
                current = s;
            }
        }
        if (current != null) {
            cap(text, current[0], current[1], out);
        }
        return out;
    }

    /**
     * Lines that stand alone (short lines of a flattened table, headings) are their own blocks; lines
     * that wrap a sentence are kept together. A line stands alone when it is short and the next one
     * starts with a capital or a digit.
     */
    private static List<int[]> lineBlocks(String text, int from, int to) {
        List<int[]> blocks = new ArrayList<>();
        int start = from;
        int i = text.indexOf('\n', from);
        while (i >= 0 && i < to) {
            int lineLength = i - lastBreak(text, start, i);
            boolean shortLine = lineLength < 60;
            char next = nextVisible(text, i + 1, to);
            if (shortLine && (Character.isUpperCase(next) || Character.isDigit(next))) {
                blocks.add(new int[] {start, i});
                start = i + 1;
            }
            i = text.indexOf('\n', i + 1);
        }
        blocks.add(new int[] {start, to});
        return blocks;
    }

    private static int lastBreak(String text, int start, int i) {
        int k = text.lastIndexOf('\n', i - 1);
        return Math.max(start, k + 1);
    }

    private static char nextVisible(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < to ? text.charAt(i) : ' ';
    }

    /** The model splits "on Jan. 5." and "Law No. 3"; the next sentence then starts oddly. */
    private static boolean wronglySplit(String text, int[] previous, int[] next) {
        char first = text.charAt(next[0]);
        if (!(Character.isLowerCase(first) || Character.isDigit(first))) {
            return false;
        }
        int end = previous[1];
        if (text.charAt(end - 1) != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > previous[0] && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordLength = end - 1 - wordStart;
        return wordLength > 0 && wordLength <= 5;
    }

    private static void cap(String text, int start, int end, List<int[]> out) {
        while (end - start > MAX_LENGTH) {
            int cut = cutPoint(text, start, start + MAX_LENGTH);
            out.add(new int[] {start, cut});
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    /** The last semicolon, line break or space in the second half of the window, else the window's end. */
    private static int cutPoint(String text, int start, int limit) {
        int floor = start + MAX_LENGTH / 2;
        for (char c : new char[] {';', '\n', ' '}) {
            for (int k = limit - 1; k >= floor; k--) {
                if (text.charAt(k) == c) {
                    return k + 1;
                }
            }
        }
        return limit;
    }

    private static EndsOfSentence.Model load() {
        try {
            Enumeration<URL> props = Sentences.class.getClassLoader().getResources("model.properties");
            while (props.hasMoreElements()) {
                URL url = props.nextElement();
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                String name = p.getProperty("model.name", "");
                if (name.contains("sentence") && "en".equals(p.getProperty("model.language"))) {
                    URL bin = new URL(url, name);
                    try (InputStream in = bin.openStream()) {
                        return new EndsOfSentence.Model(in);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("OpenNLP English sentence model not on the classpath");
    }
}
