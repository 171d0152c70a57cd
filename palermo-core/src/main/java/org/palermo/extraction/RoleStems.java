package org.palermo.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word stems without which a sentence names no place abroad, no foreign victims, no movement out of the country and
 * no internal trafficking: cheap tests before the patterns of {@link RoleRules}. The four lists are found in one
 * pass over the sentence, made on first use (most sentences are asked about several of them, many about none).
 */
final class RoleStems {

    static final int ABROAD = 1;
    static final int FOREIGN = 2;
    static final int OUTSIDE = 4;
    static final int INTERNAL = 8;
    private static final int ALL = ABROAD | FOREIGN | OUTSIDE | INTERNAL;

    private static final Map<String, Integer> GROUPS_BY_STEM = new LinkedHashMap<>();

    static {
        add(ABROAD, "abroad", "overseas", "foreign", "countr", "europ", "asia", "africa", "afrique", "áfrica", "gulf",
                "golf", "middle east", "orient", "extranj", "étrang", "etrang", "exterior", "americas", "caribbean",
                "oceania", "balkans", "scandinavia", "levant", "maghreb", "sahel", "schengen", "pays", "país");
        add(FOREIGN, "foreign", "abroad", "extranjer", "étrang", "etrang", "other countries");
        add(OUTSIDE, "abroad", "overseas", "tranger", "extranjero", "exterior");
        add(INTERNAL, "intern", "within", "domestic", "rural", "across the", "throughout the", "intérieur", "interieur",
                "interior", "dentro");
    }

    private static final PhraseIndex INDEX = new PhraseIndex(List.copyOf(GROUPS_BY_STEM.keySet()));
    private static final int[] GROUPS = groups();

    private final String lower;
    private int seen = -1;

    /** {@code lower}: the sentence in lower case. */
    RoleStems(String lower) {
        this.lower = lower;
    }

    /** Whether a stem of {@code group} occurs in the sentence. */
    boolean has(int group) {
        if (seen < 0) {
            seen = INDEX.groupsIn(lower, GROUPS, ALL);
        }
        return (seen & group) != 0;
    }

    private static void add(int group, String... stems) {
        for (String s : stems) {
            GROUPS_BY_STEM.merge(s, group, (a, b) -> a | b);
        }
    }

    private static int[] groups() {
        int[] out = new int[GROUPS_BY_STEM.size()];
        GROUPS_BY_STEM.forEach((stem, groups) -> out[INDEX.id(stem)] = groups);
        return out;
    }
}
