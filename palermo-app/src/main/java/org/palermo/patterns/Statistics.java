package org.palermo.patterns;

import java.util.Arrays;
import java.util.Comparator;

/** Pearson's and Spearman's correlation; null when undefined (fewer than 3 points or no variation). */
final class Statistics {

    private Statistics() {
    }

    static Double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 3) {
            return null;
        }
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return Math.round(1000 * sxy / Math.sqrt(sxx * syy)) / 1000.0;
    }

    static Double spearman(double[] x, double[] y) {
        return x.length < 3 ? null : pearson(ranks(x), ranks(y));
    }

    /** Ranks with ties given their average rank. */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = rank;
            }
            i = j + 1;
        }
        return r;
    }
}
