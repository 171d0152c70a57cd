package org.palermo.extraction;

import java.util.Set;

/**
 * Part of rule {@code statistic.list}: a number compared with the one before it, "an increase from 47 in the previous
 * reporting period", "compared with 276 in 2021", "down from 15 the year prior", "contre 47 en 2021", "frente a 12".
 * Split from {@link StatisticRules}.
 */
final class Comparisons {

    private Comparisons() {
    }

    private static final Set<String> CHANGE_WORDS = Words.of("increase", "decrease", "up", "down", "rise", "drop", "fall",
            "increased", "decreased", "rose", "fell", "dropped", "declined");
    private static final Set<String> COMPARATIVES = Words.of("more", "fewer", "less", "higher", "lower");
    /** "than the previous year", "compared with the same period": what follows "the" in a comparison's period. */
    private static final Set<String> YEAR_WORDS = Words.of("year", "previous", "same", "prior", "last");
    private static final Set<String> PERIOD_LINKS = Words.of("in", "en", "during", "durante", "au", "pendant", "over");
    private static final Set<String> EARLIER = Words.of("previous", "preceding", "same", "last", "prior", "mismo",
            "misma", "anterior", "pasado", "précédente", "précédent", "même", "dernier", "dernière");
    /**
     * "an increase from 47 in the previous reporting period", "compared with 276 in 2021", "contre 47 en 2021":
     * a number compared with the one before it.
     */
    static boolean comparedWith(Sentence s, NumberMention m) {
        String prev = s.lower(m.first() - 1);
        String before = s.lower(m.first() - 2);
        boolean marker = prev.equals("from") && CHANGE_WORDS.contains(before)
                || (prev.equals("with") || prev.equals("to")) && (before.equals("compared") || before.equals("comparison"))
                || prev.equals("than") && COMPARATIVES.contains(before)
                || prev.equals("contre") || prev.equals("a") && before.equals("frente")
                || prev.equals("con") && before.equals("comparación");
        if (!marker) {
            return false;
        }
        int next = m.last() + 1;
        String n = s.lower(next);
        if (n.isEmpty() || n.equals(".") || n.equals(",") || n.equals(";") || n.equals(")") || StatisticRules.inYearFollows(s, next)
                || n.equals("the") && YEAR_WORDS.contains(s.lower(next + 1))) {
            return true;
        }
        if (PERIOD_LINKS.contains(n)) {
            for (int k = next + 1; k <= Math.min(s.tokens.size() - 1, next + 3); k++) {
                if (EARLIER.contains(s.lower(k))) {
                    return true;
                }
            }
        }
        return false;
    }

}
