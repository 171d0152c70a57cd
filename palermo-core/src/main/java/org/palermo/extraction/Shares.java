package org.palermo.extraction;

import java.util.Set;

/**
 * Counts given with their shares: both numbers are statistics, the share with qualifier percent (read by
 * {@code statistic.percent}) and the count as a count ({@value #COUNT_OF_SHARE}), of what the sentence counts:
 * <ul>
 * <li>"73% (3,142) of potential victims were male", "18% (795) to the Immigration Enforcement Competent Authority";</li>
 * <li>"UK (26%; 1,135), Albanian (13%; 574)", "(81%; 13,704)";</li>
 * <li>"seules 35 (38%) ont donné lieu à des poursuites", "with 510 representing 50.69%", "142 (soit 60 %)".</li>
 * </ul>
 */
final class Shares {

    static final String COUNT_OF_SHARE = "statistic.count-of-share";

    /** Words between a count and its share: "510 representing 50.69%", "142, soit 60 %". */
    private static final Set<String> RESTATING = Words.of("representing", "or", "soit", "représentant", "es", "decir",
            "equivalente", "lo", "que", "representa", "representan", "representando", "constituting", ",");

    private static final Set<String> OTHERS = Words.of("others", "other", "more", "autres", "otros", "otras", "más", "de plus");

    private Shares() {
    }

    /** "(26%; 1,135)": the count after the share inside one pair of parentheses. */
    static StatisticRules.Reading countAfterShareInside(Sentence s, NumberMention m, String lastUnit) {
        int k = m.first() - 1;
        if (!s.lower(k).equals(";") && !s.lower(k).equals(",") || !s.lower(k - 1).equals("%") || !s.lower(m.last() + 1).equals(")")) {
            return null;
        }
        int open = k - 3;
        if (!s.lower(open).equals("(") || !s.tokens.get(k - 2).isDigits()) {
            return null;
        }
        return new StatisticRules.Reading(COUNT_OF_SHARE, m.last(), unit(s, lastUnit), false);
    }

    /** "35 (38%)", "510 representing 50.69%": a count followed by its share. */
    static StatisticRules.Reading countBeforeShare(Sentence s, NumberMention m, String lastUnit) {
        if (m.percent() || m.share()) {
            return null;
        }
        int k = m.last() + 1;
        if (OTHERS.contains(s.lower(k))) {
            k++; // "18 autres (20%)"
        }
        boolean bracket = s.lower(k).equals("(");
        if (bracket) {
            k++;
        } else {
            int words = 0;
            while (k < s.tokens.size() && RESTATING.contains(s.lower(k)) && words < 3) {
                k++;
                words++;
            }
            if (words == 0) {
                return null;
            }
        }
        if (k + 1 >= s.tokens.size() || !s.tokens.get(k).isDigits()) {
            return null;
        }
        String after = s.lower(k + 1);
        boolean percent = after.equals("%") || after.equals("per") && s.lower(k + 2).equals("cent")
                || after.equals("por") && s.lower(k + 2).equals("ciento") || after.equals("pour") && s.lower(k + 2).equals("cent");
        if (!percent) {
            return null;
        }
        String unit = unit(s, lastUnit);
        return unit == null ? null : new StatisticRules.Reading(COUNT_OF_SHARE, m.last(), unit, false);
    }

    /** What the sentence counts: the last counted noun read, else the first count noun it names. */
    private static String unit(Sentence s, String lastUnit) {
        if (lastUnit != null) {
            return lastUnit;
        }
        for (int k = 0; k < s.tokens.size(); k++) {
            if (StatisticRules.isCountNoun(s.lower(k))) {
                return s.lower(k);
            }
        }
        return null;
    }
}
