package org.palermo.extraction;

import java.util.HashMap;
import java.util.Map;

import org.palermo.reference.Gazetteer;

/**
 * The country a document is about when the caller does not say: the one its opening names far more
 * often than any other: at least three times, at least twice as often as the next, and at least 40% of
 * all country names (a country narrative, a national report). A survey of many States has none.
 */
final class DocumentCountry {

    static final int OPENING = 20_000;
    private static final int MIN_MENTIONS = 3;
    private static final double MIN_SHARE = 0.4;

    private DocumentCountry() {
    }

    /** ISO alpha-3 of the document's country, or null. */
    static String of(String text, Gazetteer gazetteer) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (Gazetteer.Mention m : gazetteer.find(text, 0, Math.min(text.length(), OPENING))) {
            if (m.kind() == Gazetteer.Kind.NAME) {
                counts.merge(m.iso3(), 1, Integer::sum);
                total++;
            }
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
}
