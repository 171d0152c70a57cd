package org.palermo.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The language of a sentence, guessed from its function words; English when in doubt. */
enum Language {
    EN, FR, ES;

    private static final Set<String> EN_WORDS = Words.of("the", "of", "and", "to", "in", "were", "had", "was", "have", "has", "been", "which", "that", "for",
            "is", "are", "with", "from", "this", "by", "only", "every", "out");
    private static final Set<String> FR_WORDS = Words.of("le", "la", "les", "des", "et", "du", "été", "ont", "une", "dans", "sur", "pour", "au", "aux", "est",
            "cette", "sont", "avec", "par", "ces", "leur", "aussi", "depuis", "seul", "seule", "chaque", "il", "elle");
    private static final Set<String> ES_WORDS = Words.of("el", "los", "las", "del", "y", "fueron", "han", "una", "por", "con", "para", "se", "es", "al",
            "la", "solo", "sólo", "cada", "según", "más", "como", "este", "esta", "hubo", "fue", "son", "sus", "desde");

    /** Each function word with the languages it counts for (bits 1, 2, 4 for EN, FR, ES): one lookup per word. */
    private static final Map<String, Integer> VOTES = buildVotes();

    static Language of(List<Token> tokens) {
        return of(tokens, WordKinds.of(tokens));
    }

    /** {@code kinds}: the tokens' {@link WordKinds}, whose three low bits are their votes here. */
    static Language of(List<Token> tokens, int[] kinds) {
        int en = 0;
        int fr = 0;
        int es = 0;
        for (int i = 0; i < kinds.length; i++) {
            int votes = kinds[i] & WordKinds.LANGUAGES;
            if (votes == 0 || tokens.get(i).text().length() > 6) {
                continue;
            }
            en += votes & 1;
            fr += votes >> 1 & 1;
            es += votes >> 2 & 1;
        }
        if (fr > en && fr >= es) {
            return FR;
        }
        if (es > en && es > fr) {
            return ES;
        }
        return EN;
    }

    /** Each function word with the languages it counts for (bits 1, 2, 4 for EN, FR, ES). */
    static Map<String, Integer> votes() {
        return VOTES;
    }

    private static Map<String, Integer> buildVotes() {
        Map<String, Integer> votes = new HashMap<>();
        EN_WORDS.forEach(w -> votes.merge(w, 1, Integer::sum));
        FR_WORDS.forEach(w -> votes.merge(w, 2, Integer::sum));
        ES_WORDS.forEach(w -> votes.merge(w, 4, Integer::sum));
        return Words.copyOf(votes);
    }
}
