package org.palermo.extraction;

import java.util.Set;

/**
 * Rule {@code statistic.press}: a count whose noun the news leaves out, "48 arrested", "Police arrest 2 in Rumphi",
 * "the rescue of 24", "detiene a 12", "l'interpellation de 17": a press verb or noun of arrest, rescue or charge
 * next to the number. Split from {@link StatisticRules}, which reads the rest of a sentence's numbers.
 */
final class PressCounts {

    private PressCounts() {
    }

    /** Verbs of the news that count persons without naming them: "48 arrested", "Police arrest 2 in Rumphi". */
    private static final Set<String> PRESS_PARTICIPLES = Words.of("arrested", "detained", "held", "nabbed", "rescued",
            "freed", "saved", "charged", "indicted", "convicted", "sentenced", "intercepted", "apprehended",
            "deported", "repatriated", "identified", "detenidos", "detenidas", "rescatados", "rescatadas", "liberados",
            "liberadas", "arrêtés", "arrêtées", "interpellés", "interpellées", "secourus", "libérés", "libérées");
    private static final Set<String> PRESS_STEMS = Words.of("arrest", "detain", "nab", "rescu", "charg", "indict",
            "intercept", "apprehend", "deport", "repatriat", "rescat", "deten", "detien", "detuv", "interpel", "secour",
            "libér", "liber", "arrêt");
    private static final Set<String> PRESS_FREE = Words.of("free", "frees", "freed", "freeing", "save", "saves", "saved",
            "saving");
    /** "the arrest of 48", "la detención de 12", "l'interpellation de 17". */
    private static final Set<String> PRESS_NOUNS = Words.of("arrest", "arrests", "rescue", "rescues", "detention",
            "identification", "release", "detención", "detenciones", "rescate", "arrestation", "interpellation",
            "libération");
    /** What may follow a number whose noun was left out. */
    private static final Set<String> AFTER_BARE_NUMBER = Words.of("", ".", ",", ";", ":", ")", "|", "-", "\u2013",
            "\u2014", "...", "\u2026", "in", "from", "at", "on", "after", "during", "for", "across", "near", "and",
            "over", "en", "dans", "à", "tras", "durante", "por", "pour", "y", "et");
    private static final Set<String> HEDGES = Words.of("more", "than", "over", "some", "about", "nearly", "at", "least",
            "approximately", "almost", "around", "up", "to", "a", "total", "of", "another", "an", "additional",
            "más", "de", "plus", "près", "environ");

    /**
     * The token of the press verb that makes a bare number a count of persons, or -1: a participle right
     * after it ("58 nabbed", "4 Held"), an active verb before it ("detain 25 in", "rescued more than 60")
     * or a noun of arrest or rescue ("the rescue of 24"), the number closing its phrase.
     */
    static int verb(Sentence s, NumberMention m) {
        int next = m.last() + 1;
        if (PRESS_PARTICIPLES.contains(s.lower(next))) {
            return next;
        }
        if (!AFTER_BARE_NUMBER.contains(s.lower(next)) || m.percent() || m.share()
                || next < s.tokens.size() && s.tokens.get(next).start() == s.tokens.get(m.last()).end()
                        && s.tokens.get(next).is("-")) {
            return -1; // "rescue 5-year-old": an age
        }
        int k = m.first() - 1;
        while (k >= 0 && HEDGES.contains(s.lower(k)) && m.first() - k <= 4) {
            k--;
        }
        if (k < 0) {
            return -1;
        }
        String w = s.lower(k);
        boolean noun = PRESS_NOUNS.contains(w) && (k + 1 < m.first() || BEFORE_PRESS_NOUN.contains(s.lower(k - 1)));
        if (PRESS_FREE.contains(w) || PRESS_STEMS.stream().anyMatch(w::startsWith) && !noun
                && !w.equals("charge") && !w.equals("charges")) {
            return k;
        }
        String of = s.lower(k + 1);
        if (k + 1 < m.first() && (of.equals("of") || of.equals("de")) && PRESS_NOUNS.contains(w)) {
            return k;
        }
        if ((w.equals("of") || w.equals("de")) && PRESS_NOUNS.contains(s.lower(k - 1))) {
            return k - 1;
        }
        return -1;
    }

    private static final Set<String> BEFORE_PRESS_NOUN = Words.of("the", "an", "a", "of", "their", "his", "her", "its",
            "la", "el", "l'", "le", "after", "following");
}
