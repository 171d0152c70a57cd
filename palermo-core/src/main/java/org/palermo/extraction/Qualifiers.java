package org.palermo.extraction;

import java.util.List;
import java.util.Map;

/**
 * The hedge written before a number: "more than", "over", "in excess of" → more than; "nearly",
 * "almost", "close to" → nearly; "some", "about", "around", "approximately", "an estimated" →
 * about; "at least", "no fewer than" → at least; "up to", "as many as" → up to; and the French and
 * Spanish equivalents ("plus de", "près de", "au moins", "más de", "casi", "al menos", "hasta").
 */
final class Qualifiers {

    /** Phrases, longest first within each qualifier, as lower-case word sequences. */
    private static final List<Map.Entry<String, Qualifier>> PHRASES = List.of(
            Map.entry("in excess of", Qualifier.MORE_THAN), Map.entry("more than", Qualifier.MORE_THAN),
            Map.entry("greater than", Qualifier.MORE_THAN), Map.entry("upwards of", Qualifier.MORE_THAN),
            Map.entry("over", Qualifier.MORE_THAN), Map.entry("above", Qualifier.MORE_THAN),
            Map.entry("plus de", Qualifier.MORE_THAN), Map.entry("más de", Qualifier.MORE_THAN),
            Map.entry("mas de", Qualifier.MORE_THAN), Map.entry("superior a", Qualifier.MORE_THAN),
            Map.entry("less than", Qualifier.LESS_THAN), Map.entry("fewer than", Qualifier.LESS_THAN),
            Map.entry("under", Qualifier.LESS_THAN), Map.entry("below", Qualifier.LESS_THAN),
            Map.entry("moins de", Qualifier.LESS_THAN), Map.entry("menos de", Qualifier.LESS_THAN),
            Map.entry("close to", Qualifier.NEARLY), Map.entry("nearly", Qualifier.NEARLY),
            Map.entry("almost", Qualifier.NEARLY), Map.entry("just under", Qualifier.NEARLY),
            Map.entry("près de", Qualifier.NEARLY), Map.entry("presque", Qualifier.NEARLY),
            Map.entry("casi", Qualifier.NEARLY), Map.entry("cerca de", Qualifier.NEARLY),
            Map.entry("an estimated", Qualifier.ABOUT), Map.entry("approximately", Qualifier.ABOUT),
            Map.entry("about", Qualifier.ABOUT), Map.entry("around", Qualifier.ABOUT),
            Map.entry("roughly", Qualifier.ABOUT), Map.entry("some", Qualifier.ABOUT),
            Map.entry("estimated", Qualifier.ABOUT), Map.entry("environ", Qualifier.ABOUT),
            Map.entry("quelque", Qualifier.ABOUT), Map.entry("quelques", Qualifier.ABOUT),
            Map.entry("aproximadamente", Qualifier.ABOUT), Map.entry("alrededor de", Qualifier.ABOUT),
            Map.entry("unos", Qualifier.ABOUT), Map.entry("unas", Qualifier.ABOUT),
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("no fewer than", Qualifier.AT_LEAST),
            Map.entry("no less than", Qualifier.AT_LEAST), Map.entry("a minimum of", Qualifier.AT_LEAST),
            Map.entry("au moins", Qualifier.AT_LEAST), Map.entry("al menos", Qualifier.AT_LEAST),
            Map.entry("por lo menos", Qualifier.AT_LEAST),
            Map.entry("up to", Qualifier.UP_TO), Map.entry("as many as", Qualifier.UP_TO),
            Map.entry("a maximum of", Qualifier.UP_TO), Map.entry("jusqu'à", Qualifier.UP_TO),
            Map.entry("hasta", Qualifier.UP_TO));

    /** The words of each phrase, split once. */
    private static final String[][] WORDS = PHRASES.stream().map(p -> p.getKey().split(" ")).toArray(String[][]::new);

    private Qualifiers() {
    }

    /** The qualifier ending right before token {@code number}, with the index of its first token. */
    static Map.Entry<Qualifier, Integer> before(Sentence s, int number) {
        for (int i = 0; i < PHRASES.size(); i++) {
            Map.Entry<String, Qualifier> p = PHRASES.get(i);
            String[] words = WORDS[i];
            int first = number - words.length;
            if (first < 0) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                all = s.lower(first + k).equals(words[k]);
            }
            if (all) {
                return Map.entry(p.getValue(), first);
            }
        }
        return null;
    }
}
