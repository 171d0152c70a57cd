package org.palermo.extraction;

import java.util.List;
import java.util.Set;

/** The language of a sentence, guessed from its function words; English when in doubt. */
enum Language {
    EN, FR, ES;

    private static final Set<String> EN_WORDS = Set.of("the", "of", "and", "to", "in", "were", "had", "was", "have", "has", "been", "which", "that", "for");
    private static final Set<String> FR_WORDS = Set.of("le", "la", "les", "des", "et", "du", "été", "ont", "une", "dans", "sur", "pour", "au", "aux", "est");
    private static final Set<String> ES_WORDS = Set.of("el", "los", "las", "del", "y", "fueron", "han", "una", "por", "con", "para", "se", "es", "al");

    static Language of(List<Token> tokens) {
        int en = 0;
        int fr = 0;
        int es = 0;
        for (Token t : tokens) {
            if (!t.isWord() || t.text().length() > 6) {
                continue;
            }
            String w = t.lower();
            if (EN_WORDS.contains(w)) {
                en++;
            }
            if (FR_WORDS.contains(w)) {
                fr++;
            }
            if (ES_WORDS.contains(w)) {
                es++;
            }
        }
        if (fr > en && fr >= es) {
            return FR;
        }
        if (es > en && es > fr) {
            return ES;
        }
        return EN;
    }
}
