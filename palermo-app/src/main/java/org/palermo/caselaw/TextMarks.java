package org.palermo.caselaw;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a decision's text into pieces at the edges of its quotes, so a page can mark each quote
 * ({@code <mark>}) while Thymeleaf escapes every piece of text. Quotes may overlap.
 */
final class TextMarks {

    private TextMarks() {
    }

    /** A piece of text; {@code values} are the coded values whose quotes cover it (empty: not marked). */
    record Piece(int start, String text, List<CodedValue> values) {
        public boolean marked() {
            return !values.isEmpty();
        }

        public String anchor() {
            return values.stream().filter(v -> v.start() == start).findFirst().map(v -> "q" + v.id()).orElse(null);
        }

        public String title() {
            return String.join("; ", values.stream().map(v -> v.field() + ": " + v.value()).distinct().toList());
        }
    }

    static List<Piece> cut(String text, List<CodedValue> values) {
        List<CodedValue> quoted = values.stream()
                .filter(v -> v.counts() && v.start() != null && v.end() != null && v.end() <= text.length() && v.start() < v.end())
                .toList();
        TreeSet<Integer> edges = new TreeSet<>(List.of(0, text.length()));
        for (CodedValue v : quoted) {
            edges.add(v.start());
            edges.add(v.end());
        }
        List<Piece> pieces = new ArrayList<>();
        Integer from = null;
        for (int edge : edges) {
            if (from != null && edge > from) {
                int a = from;
                List<CodedValue> covering = quoted.stream().filter(v -> v.start() <= a && v.end() >= edge).toList();
                pieces.add(new Piece(a, text.substring(a, edge), covering));
            }
            from = edge;
        }
        return pieces;
    }
}
