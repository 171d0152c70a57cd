package org.palermo.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Where the sentence model may end a sentence: the offsets of its end-of-sentence characters, exactly as
 * OpenNLP's own scanner finds them, but comparing chars where that one boxes every character of the text and
 * looks it up in a hash set (a twentieth of the extraction time, JFR over the seeds).
 */
final class EndsOfSentence implements EndOfSentenceScanner {

    private final char[] enders;
    /** The ASCII enders by character: one load per character of the text, the usual case. */
    private final boolean[] asciiEnders = new boolean[128];
    private final Set<Character> set;

    EndsOfSentence(Set<Character> enders) {
        this.set = Collections.unmodifiableSet(new LinkedHashSet<>(enders));
        this.enders = new char[enders.size()];
        int k = 0;
        for (char c : this.set) {
            this.enders[k++] = c;
            if (c < 128) {
                asciiEnders[c] = true;
            }
        }
    }

    /** A sentence model read from a stream, with this scanner in place of its own; all else (features, weights) is its own. */
    static final class Model extends SentenceModel {

        Model(java.io.InputStream in) throws java.io.IOException {
            super(in);
            SentenceDetectorFactory own = super.getFactory();
            EndsOfSentence scanner = new EndsOfSentence(own.getEndOfSentenceScanner().getEOSCharacters());
            this.toolFactory = new Factory(own.getLanguageCode(), own.isUseTokenEnd(), own.getAbbreviationDictionary(),
                    own.getEOSCharacters(), scanner);
        }

        EndsOfSentence ends() {
            return (EndsOfSentence) getFactory().getEndOfSentenceScanner();
        }
    }

    /** The model's own factory but for the scanner. */
    private static final class Factory extends SentenceDetectorFactory {

        private final EndsOfSentence scanner;

        Factory(String language, boolean useTokenEnd, opennlp.tools.dictionary.Dictionary abbreviations, char[] enders,
                EndsOfSentence scanner) {
            super(language, useTokenEnd, abbreviations, enders);
            this.scanner = scanner;
        }

        @Override
        public EndOfSentenceScanner getEndOfSentenceScanner() {
            return scanner;
        }
    }

    /** Whether {@code text[from, to)} holds a character where a sentence may end. */
    boolean anyIn(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isEnder(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isEnder(char c) {
        if (c < 128) {
            return asciiEnders[c];
        }
        for (char e : enders) {
            if (c == e) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Character> getEOSCharacters() {
        return set;
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
        if (s instanceof String text && enders.length <= 4) {
            return positionsOf(text);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (isEnder(s.charAt(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The same positions found with {@link String#indexOf(int, int)} once per ender (a few of them: ".", "!", "?"),
     * merged in order: indexOf reads many characters at a time where a loop over the text tests them one by one
     * (this scanner read every character of every paragraph, about 2 % of the extraction time).
     */
    private List<Integer> positionsOf(String text) {
        int[] next = new int[enders.length];
        for (int e = 0; e < enders.length; e++) {
            next[e] = text.indexOf(enders[e]);
        }
        List<Integer> out = new ArrayList<>();
        while (true) {
            int first = -1;
            for (int e = 0; e < enders.length; e++) {
                if (next[e] >= 0 && (first < 0 || next[e] < next[first])) {
                    first = e;
                }
            }
            if (first < 0) {
                return out;
            }
            out.add(next[first]);
            next[first] = text.indexOf(enders[first], next[first] + 1);
        }
    }

    @Override
    public List<Integer> getPositions(StringBuffer buf) {
        return getPositions((CharSequence) buf);
    }

    @Override
    public List<Integer> getPositions(char[] cbuf) {
        return getPositions(java.nio.CharBuffer.wrap(cbuf));
    }
}
