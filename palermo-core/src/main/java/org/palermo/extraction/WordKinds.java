package org.palermo.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that rules ask about every word of every sentence, as one table: each word with a bit for every
 * list it is in. A sentence looks each of its words up once ({@link Sentence#kinds}), where the language guess, the
 * role rules' verbs and the number reader each looked every word up in a table of their own (together about a
 * twelfth of the extraction time, JFR over the seeds). The lists themselves stay with their rules.
 */
final class WordKinds {

    /** Bits 0-2: the function words of {@link Language} (EN 1, FR 2, ES 4). */
    static final int LANGUAGES = 0x7;
    /** Bits 3-7: the verb sets of the role rules, shifted. */
    static final int VERB_SHIFT = 3;
    /** Bits 8-10: words that may start a number in English, French, Spanish ({@link NumberReader}). */
    static final int NUMBER_EN = 1 << 8;
    static final int NUMBER_FR = 1 << 9;
    static final int NUMBER_ES = 1 << 10;

    private static final Map<String, Integer> KINDS = kinds();

    private WordKinds() {
    }

    /** The kinds of each token (0 for a token that is not a word or in no list). */
    static int[] of(List<Token> tokens) {
        int[] kinds = new int[tokens.size()];
        for (int i = 0; i < kinds.length; i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                Integer k = KINDS.get(t.lower());
                kinds[i] = k == null ? 0 : k;
            }
        }
        return kinds;
    }

    /** The kinds of one word in lower case. */
    static int of(String lower) {
        Integer k = KINDS.get(lower);
        return k == null ? 0 : k;
    }

    static int numberStart(Language language) {
        return switch (language) {
            case FR -> NUMBER_FR;
            case ES -> NUMBER_ES;
            default -> NUMBER_EN;
        };
    }

    private static Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new HashMap<>();
        Language.votes().forEach((w, v) -> kinds.merge(w, v, (a, b) -> a | b));
        RoleRules.verbKinds().forEach((w, v) -> kinds.merge(w, v << VERB_SHIFT, (a, b) -> a | b));
        add(kinds, NumberReader.starts(Language.EN), NUMBER_EN);
        add(kinds, NumberReader.starts(Language.FR), NUMBER_FR);
        add(kinds, NumberReader.starts(Language.ES), NUMBER_ES);
        return Words.copyOf(kinds);
    }

    private static void add(Map<String, Integer> kinds, Set<String> words, int bit) {
        words.forEach(w -> kinds.merge(w, bit, (a, b) -> a | b));
    }
}
