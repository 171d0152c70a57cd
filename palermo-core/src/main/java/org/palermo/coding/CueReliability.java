package org.palermo.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one thing the coder can learn from gold data: which cue families are reliable. A family is
 * kept when, on the training decisions where it fires, the gold coding has its code often enough —
 * Laplace-smoothed precision (hits + 1) / (fired + 2) of at least {@value #MIN_PRECISION} (a code
 * given at that precision still raises micro F1 at the F1 levels reached). Families that never
 * fire on the training decisions are kept.
 */
final class CueReliability {

    static final double MIN_PRECISION = 0.4;

    private CueReliability() {
    }

    /** The cues of families reliable on {@code training}. */
    static Set<Cue> reliableCues(CueLexicon lexicon, List<DecisionLine> training) {
        List<DecisionText> texts = training.stream().map(d -> new DecisionText(d.text())).toList();
        Set<Cue> kept = new HashSet<>();
        for (Cue cue : lexicon.all()) {
            int fired = 0;
            int hits = 0;
            for (int i = 0; i < training.size(); i++) {
                List<String> gold = goldCodes(training.get(i).labels(), cue.field());
                if (gold == null || texts.get(i).firstAffirmed(cue.pattern()) == null) {
                    continue;
                }
                fired++;
                if (gold.contains(cue.code())) {
                    hits++;
                }
            }
            if ((hits + 1.0) / (fired + 2.0) >= MIN_PRECISION) {
                kept.add(cue);
            }
        }
        return kept;
    }

    private static List<String> goldCodes(CaseLabels labels, String field) {
        Function<CaseLabels, List<? extends Enum<?>>> get = switch (field) {
            case "acts" -> CaseLabels::acts;
            case "means" -> CaseLabels::means;
            case "purposes" -> CaseLabels::purposes;
            default -> throw new IllegalArgumentException("no list field " + field);
        };
        List<? extends Enum<?>> codes = get.apply(labels);
        return codes == null ? null : codes.stream().map(Enum::name).toList();
    }
}
