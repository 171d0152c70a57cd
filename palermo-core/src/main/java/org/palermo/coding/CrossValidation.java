package org.palermo.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * K-fold cross-validation of the coder on gold decisions: for each fold, the cue families are
 * filtered by their reliability on the other folds ({@link CueReliability}), the one learned convention
 * of the defendants' sex ({@link DefendantSex#learn}) is learned on them too, and the fold is coded
 * with what is left; the pooled predictions are scored once, as {@code score_cases.py} would.
 * Folds are contiguous blocks in file order, so the result is reproducible.
 * <p>
 * What is fitted on data is fitted here on the training folds only: the held-out fold's labels are
 * never read before its decisions are coded ({@code CrossValidationTest} changes a fold's labels and
 * checks that its predictions stay the same). What this cannot undo: the cue lexicon, the rules and
 * their word lists were written by people who had read all 60 development decisions, so the
 * cross-validated figures still overstate what the coder does on decisions nobody has read.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** Codes every gold decision with a coder tuned on the other folds; keyed by decision id. */
    public static Map<String, CaseLabels> predict(List<DecisionLine> gold, int folds) {
        if (folds < 2 || folds > gold.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of decisions (" + gold.size() + ")");
        }
        Map<String, CaseLabels> predicted = new LinkedHashMap<>();
        for (int k = 0; k < folds; k++) {
            int from = k * gold.size() / folds;
            int to = (k + 1) * gold.size() / folds;
            List<DecisionLine> training = new ArrayList<>(gold.subList(0, from));
            training.addAll(gold.subList(to, gold.size()));
            Set<Cue> reliable = CueReliability.reliableCues(CueLexicon.bundled(), List.copyOf(training));
            CaseCoder coder = new CaseCoder(reliable::contains, DefendantSex.learn(List.copyOf(training)));
            for (DecisionLine d : gold.subList(from, to)) {
                // The held-out decision is coded from its id and text alone: its labels are not passed on.
                predicted.put(d.id(), coder.code(d.id(), d.text()).labels());
            }
        }
        return predicted;
    }

    /** The cross-validated figures. */
    public static CodingScore score(List<DecisionLine> gold, int folds) {
        return CodingScore.of(predict(gold, folds), gold);
    }
}
