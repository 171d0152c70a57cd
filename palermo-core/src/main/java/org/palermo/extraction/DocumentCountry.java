package org.palermo.extraction;

import java.util.HashMap;
import java.util.Map;

import org.palermo.reference.Gazetteer;

/**
 * The country a document is about when the caller does not say. A title (one of the first three lines)
 * that starts with a country or names only one ("Cambodia", "Nigeria: NAPTIP rescues 45 victims bound for
 * Mali") which the opening names again;
 * else the one the opening names far more often than any other, by name or demonym: at least three
 * times, at least twice as often as the next, and at least 40% of all mentions (a country narrative,
 * a national report). A survey of many States has none.
 */
final class DocumentCountry {

    static final int OPENING = 20_000;
    private static final int TITLE = 200;
    private static final int TITLE_LINES = 3;
    private static final int MIN_MENTIONS = 3;
    private static final double MIN_SHARE = 0.4;

    private DocumentCountry() {
    }

    /** ISO alpha-3 of the document's country, or null. */
    static String of(String text, Gazetteer gazetteer) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        int opening = Math.min(text.length(), OPENING);
        for (Gazetteer.Mention m : gazetteer.find(text, 0, opening)) {
            counts.merge(m.iso3(), 1, Integer::sum);
            total++;
        }
        String titled = titled(text, gazetteer);
        if (titled != null && counts.getOrDefault(titled, 0) >= 2) {
            return titled;
        }
        String best = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                second = most;
                best = e.getKey();
                most = e.getValue();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return most >= MIN_MENTIONS && most >= MIN_SHARE * total && most >= 2 * second ? best : null;
    }

    /**
     * The country of the title, the first of the first three lines that names any if short enough to be a
     * title: the country it starts with, else the only one it names.
     */
    private static String titled(String text, Gazetteer gazetteer) {
        int start = 0;
        for (int line = 0; line < TITLE_LINES; line++) {
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > TITLE || end <= start) {
                return null;
            }
            String only = null;
            for (Gazetteer.Mention m : gazetteer.find(text, start, end)) {
                if (m.start() == start) {
                    return m.iso3(); // "Nigeria: agency rescues victims bound for Mali"
                }
                if (only != null && !only.equals(m.iso3())) {
                    return null;
                }
                only = m.iso3();
            }
            if (only != null) {
                return only;
            }
            start = end;
        }
        return null;
    }
}
