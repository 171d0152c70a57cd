package org.palermo.extraction;

import java.util.Set;

/**
 * Rule {@code statistic.bracketed}: a bare number in parentheses after what it counts, in a sentence that counts
 * something — "Romanian nationals (61), followed by nationals of Bulgaria (17)", "the majority (32) being women" —
 * or after its period, "January to March 2024 (4,521)", "celui de 2023 (1 549)"; after a share it is the count of
 * that share ({@link Shares}). Split from {@link StatisticRules}.
 */
final class Bracketed {

    private static final Set<String> AFTER_BRACKET = Words.of("", ".", ",", ";", "and", "y", "et", "or", "followed",
            "while", "whereas", "were", "was", "being", "are", "ont", "sont", "fueron", "eran", "étaient",
            // the sentence's verb after its subject's count: "victims exploited for forced labour (3 990) came close to"
            "came", "rose", "fell", "grew", "increased", "decreased", "dropped", "remained", "accounted", "represented",
            "constituted", "made", "has", "have", "had");

    private Bracketed() {
    }

    /**
     * "Romanian nationals (61), followed by nationals of Bulgaria (17)": a bare number in parentheses after
     * the category it counts, in a sentence that counts something. Footnote marks and list numbers have no
     * counted noun around them, and years stay out.
     */
    static StatisticRules.Reading reading(Sentence s, NumberMention m, String lastUnit) {
        StatisticRules.Reading inside = Shares.countAfterShareInside(s, m, lastUnit);
        if (inside != null) {
            return inside;
        }
        int open = m.first() - 1;
        int close = m.last() + 1;
        if (open < 1 || !s.lower(open).equals("(") || !s.lower(close).equals(")") || m.first() != m.last()
                || !s.tokens.get(m.first()).isDigits() || m.percent() || StatisticRules.isYear(s.tokens.get(m.first()))) {
            return null;
        }
        Token category = s.tokens.get(open - 1);
        String c = StatisticRules.stripDot(category.lower());
        boolean afterPeriod = StatisticRules.isYear(category); // "January to March 2024 (4,521)", "celui de 2023 (1 549)"
        boolean afterShare = category.is("%") || c.equals("cent") || c.equals("ciento"); // "73% (3,142)"
        if (!afterPeriod && !afterShare && (!category.isWord() || StatisticRules.REFERENCE_WORDS.contains(c) || StatisticRules.MONTHS.contains(c)
                || StatisticRules.STOP.contains(c))) {
            return null;
        }
        String after = s.lower(close + 1);
        if (!AFTER_BRACKET.contains(after) && !afterShare && !afterPeriod) {
            return null;
        }
        String unit = lastUnit;
        for (int k = 0; unit == null && k < s.tokens.size(); k++) {
            if (StatisticRules.isCountNoun(s.lower(k))) {
                unit = s.lower(k);
            }
        }
        if (unit == null) {
            return null;
        }
        return new StatisticRules.Reading(afterShare ? Shares.COUNT_OF_SHARE : StatisticRules.BRACKETED, m.last(), unit, false);
    }

}
