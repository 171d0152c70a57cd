package org.palermo.extraction;

import java.util.Locale;

/** Agreement with a gold standard: true positives, predictions and gold items, and the figures drawn from them. */
public record Counts(int truePositives, int predicted, int gold) {

    public double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
        return new Counts(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
    }

    String figures() {
        return String.format(Locale.ROOT, "P=%.2f R=%.2f F1=%.2f (tp %d, predicted %d, gold %d)", precision(),
                recall(), f1(), truePositives, predicted, gold);
    }
}
