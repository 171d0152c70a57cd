package org.palermo.extraction;

import java.util.Locale;

/** A word, a number written in digits, or a punctuation mark, at {@code [start, end)} of the document. */
record Token(int start, int end, Kind kind, String text, String lower) {

    Token(int start, int end, Kind kind, String text) {
        this(start, end, kind, text, text.toLowerCase(Locale.ROOT));
    }

    enum Kind { WORD, DIGITS, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isDigits() {
        return kind == Kind.DIGITS;
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }
}
