package org.palermo.coding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The experiment behind the README's statement that a learned layer over the cue lexicon did not pay on the 60 development
 * decisions (issue 16, second pass); kept so that anyone can run it again, it is not part of the coder. For each code of the
 * list fields an L2-regularised logistic regression is fitted on the four training folds only (features: the cue families
 * that fire, per {@link DecisionText#firstAffirmed}) and decides on the scored fold; its 5-fold micro F1 is printed beside
 * the rules' (a code when one of its cues fires). Variants: {@code all} (every family of every field as a feature),
 * {@code code} (the code's own families), {@code rule} (one feature: a cue of the code fired), each deciding alone or only
 * adding codes where the rules are silent ({@code +or}) or only removing codes the rules give ({@code +veto}).
 * <p>
 * Run: {@code mvn -B -o -q -pl palermo-core test-compile} and then {@code java -cp palermo-core/target/classes:palermo-core/target/test-classes:$(cat cp.txt)
 * org.palermo.coding.LearnedGateExperiment} with the core's test class path in {@code cp.txt} ({@code mvn -pl palermo-core
 * dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class LearnedGateExperiment {

    private static final double LAMBDA = 1.0;
    private static final double THRESHOLD = 0.4;

    private LearnedGateExperiment() {
    }

    public static void main(String[] args) throws IOException, BadDecisionLineException {
        List<DecisionLine> gold = new ArrayList<>();
        try (InputStream in = LearnedGateExperiment.class.getResourceAsStream("/coding/cldb-us-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    gold.add(CaseCodingJson.read(line));
                }
            }
        }
        List<Cue> cues = CueLexicon.bundled().all();
        List<String> families = new ArrayList<>(new LinkedHashSet<>(cues.stream().map(LearnedGateExperiment::family).toList()));
        double[][] fired = new double[gold.size()][families.size()];
        for (int i = 0; i < gold.size(); i++) {
            DecisionText text = new DecisionText(gold.get(i).text());
            for (Cue cue : cues) {
                if (text.firstAffirmed(cue.pattern()) != null) {
                    fired[i][families.indexOf(family(cue))] = 1;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %-8s %s%n", "field", "rules", "F1 of the learned variants (5 folds, each fitted on the other four)");
        for (String field : List.of("acts", "means", "purposes")) {
            StringBuilder line = new StringBuilder();
            for (String features : List.of("all", "code", "rule")) {
                for (String use : List.of("", "+or", "+veto")) {
                    line.append(String.format(Locale.ROOT, "%s%s %.3f  ", features, use, f1(gold, fired, families, field, features, use)));
                }
            }
            System.out.printf(Locale.ROOT, "%-10s %.3f    %s%n", field, f1(gold, fired, families, field, "none", ""), line);
        }
    }

    private static String family(Cue cue) {
        return cue.field() + "|" + cue.code() + "|" + cue.family();
    }

    /** Micro F1 over the field's codes; {@code features} "none" is the rules alone. */
    private static double f1(List<DecisionLine> gold, double[][] fired, List<String> families, String field, String features, String use) {
        int tp = 0;
        int predicted = 0;
        int wanted = 0;
        int folds = 5;
        for (String code : codes(field)) {
            List<Integer> columns = new ArrayList<>();
            for (int j = 0; j < families.size(); j++) {
                if (features.equals("all") || families.get(j).startsWith(field + "|" + code + "|")) {
                    columns.add(j);
                }
            }
            for (int k = 0; k < folds; k++) {
                int from = k * gold.size() / folds;
                int to = (k + 1) * gold.size() / folds;
                List<double[]> xs = new ArrayList<>();
                List<Integer> ys = new ArrayList<>();
                for (int i = 0; i < gold.size(); i++) {
                    List<String> g = goldCodes(gold.get(i).labels(), field);
                    if ((i < from || i >= to) && g != null) {
                        xs.add(row(fired[i], columns, features));
                        ys.add(g.contains(code) ? 1 : 0);
                    }
                }
                double[] w = features.equals("none") ? null : fit(xs, ys);
                for (int i = from; i < to; i++) {
                    List<String> g = goldCodes(gold.get(i).labels(), field);
                    if (g == null) {
                        continue;
                    }
                    boolean rule = false;
                    for (int j : columns) {
                        rule |= fired[i][j] > 0 && families.get(j).startsWith(field + "|" + code + "|");
                    }
                    boolean model = w != null && probability(w, row(fired[i], columns, features)) >= THRESHOLD;
                    boolean say = w == null ? rule : use.equals("+or") ? rule || model : use.equals("+veto") ? rule && model : model;
                    boolean is = g.contains(code);
                    tp += say && is ? 1 : 0;
                    predicted += say ? 1 : 0;
                    wanted += is ? 1 : 0;
                }
            }
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = wanted == 0 ? 0 : (double) tp / wanted;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double[] row(double[] fired, List<Integer> columns, String features) {
        if (features.equals("rule")) {
            double any = 0;
            for (int j : columns) {
                any = Math.max(any, fired[j]);
            }
            return new double[] {1, any};
        }
        double[] x = new double[columns.size() + 1];
        x[0] = 1;
        for (int c = 0; c < columns.size(); c++) {
            x[c + 1] = fired[columns.get(c)];
        }
        return x;
    }

    private static List<String> codes(String field) {
        Enum<?>[] values = switch (field) {
            case "acts" -> Act.values();
            case "means" -> Means.values();
            default -> Purpose.values();
        };
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> goldCodes(CaseLabels l, String field) {
        List<? extends Enum<?>> v = switch (field) {
            case "acts" -> l.acts();
            case "means" -> l.means();
            default -> l.purposes();
        };
        return v == null ? null : v.stream().map(Enum::name).toList();
    }

    private static double probability(double[] w, double[] x) {
        double z = 0;
        for (int j = 0; j < w.length; j++) {
            z += w[j] * x[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Newton's method on the L2-penalised log-loss (the intercept unpenalised). */
    private static double[] fit(List<double[]> xs, List<Integer> ys) {
        int d = xs.get(0).length;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 30; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int j = 1; j < d; j++) {
                gradient[j] += LAMBDA * w[j];
                hessian[j][j] += LAMBDA;
            }
            hessian[0][0] += 1e-6;
            for (int i = 0; i < xs.size(); i++) {
                double[] x = xs.get(i);
                double p = probability(w, x);
                double s = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    if (x[a] == 0) {
                        continue;
                    }
                    gradient[a] += (p - ys.get(i)) * x[a];
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] += s * x[a] * x[b];
                    }
                }
            }
            double[] step = solve(hessian, gradient);
            double moved = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                moved += step[j] * step[j];
            }
            if (moved < 1e-12) {
                break;
            }
        }
        return w;
    }

    private static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            double tb = b[c];
            b[c] = b[pivot];
            b[pivot] = tb;
            if (Math.abs(a[c][c]) < 1e-12) {
                continue;
            }
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int c = n - 1; c >= 0; c--) {
            double s = b[c];
            for (int k = c + 1; k < n; k++) {
                s -= a[c][k] * x[k];
            }
            x[c] = Math.abs(a[c][c]) < 1e-12 ? 0 : s / a[c][c];
        }
        return x;
    }
}
