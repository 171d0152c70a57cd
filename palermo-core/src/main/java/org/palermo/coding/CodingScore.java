package org.palermo.coding;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores coded decisions against gold ones exactly as {@code tools/score_cases.py} does:
 * micro-averaged F1 over the list fields (acts, means, purposes), accuracy for the single
 * values; a decision whose gold value is null does not count for that field.
 */
public record CodingScore(Map<String, Double> figures, int coded, int total) {

    /** Minimum figures for the held-out evaluation (issue 6), keyed like {@link #figures()}. */
    public static final Map<String, Double> TARGETS = targets();

    private static final Map<String, Function<CaseLabels, List<? extends Enum<?>>>> LISTS = new LinkedHashMap<>();
    private static final Map<String, Function<CaseLabels, Object>> VALUES = new LinkedHashMap<>();

    static {
        LISTS.put("acts", CaseLabels::acts);
        LISTS.put("means", CaseLabels::means);
        LISTS.put("purposes", CaseLabels::purposes);
        VALUES.put("form", CaseLabels::form);
        VALUES.put("minors_involved", CaseLabels::minorsInvolved);
        VALUES.put("female_victims", CaseLabels::femaleVictims);
        VALUES.put("male_victims", CaseLabels::maleVictims);
        VALUES.put("female_defendants", CaseLabels::femaleDefendants);
        VALUES.put("male_defendants", CaseLabels::maleDefendants);
        VALUES.put("victims", CaseLabels::victims);
    }

    public CodingScore {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /**
     * @param predicted coded labels by decision id (a missing id scores as all wrong)
     * @param gold      gold decisions in file order, each with {@code labels}
     */
    public static CodingScore of(Map<String, CaseLabels> predicted, List<DecisionLine> gold) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (Map.Entry<String, Function<CaseLabels, List<? extends Enum<?>>>> field : LISTS.entrySet()) {
            int tp = 0;
            int nPred = 0;
            int nGold = 0;
            for (DecisionLine g : gold) {
                List<? extends Enum<?>> want = field.getValue().apply(g.labels());
                if (want == null) {
                    continue;
                }
                CaseLabels p = predicted.get(g.id());
                Set<String> got = names(p == null ? null : field.getValue().apply(p));
                Set<String> wanted = names(want);
                Set<String> both = new HashSet<>(got);
                both.retainAll(wanted);
                tp += both.size();
                nPred += got.size();
                nGold += want.size();
            }
            double precision = nPred == 0 ? 0 : (double) tp / nPred;
            double recall = nGold == 0 ? 0 : (double) tp / nGold;
            figures.put(field.getKey(), precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall));
        }
        for (Map.Entry<String, Function<CaseLabels, Object>> field : VALUES.entrySet()) {
            int n = 0;
            int ok = 0;
            for (DecisionLine g : gold) {
                Object want = field.getValue().apply(g.labels());
                if (want == null) {
                    continue;
                }
                n++;
                CaseLabels p = predicted.get(g.id());
                if (p != null && Objects.equals(want, field.getValue().apply(p))) {
                    ok++;
                }
            }
            figures.put(field.getKey(), n == 0 ? 0.0 : (double) ok / n);
        }
        int missing = (int) gold.stream().filter(g -> !predicted.containsKey(g.id())).count();
        return new CodingScore(figures, gold.size() - missing, gold.size());
    }

    /** One line of the per-label table: how many gold decisions count for the field, and the figures. */
    public record LabelFigures(String label, int decisions, Double precision, Double recall, double score) {
    }

    /**
     * The per-label table: for the list fields micro precision, recall and F1, for the single
     * values accuracy; {@code decisions} is the number of gold decisions that code the field.
     */
    public static List<LabelFigures> table(Map<String, CaseLabels> predicted, List<DecisionLine> gold) {
        List<LabelFigures> rows = new java.util.ArrayList<>();
        for (Map.Entry<String, Function<CaseLabels, List<? extends Enum<?>>>> field : LISTS.entrySet()) {
            int tp = 0;
            int nPred = 0;
            int nGold = 0;
            int n = 0;
            for (DecisionLine g : gold) {
                List<? extends Enum<?>> want = field.getValue().apply(g.labels());
                if (want == null) {
                    continue;
                }
                n++;
                CaseLabels p = predicted.get(g.id());
                Set<String> got = names(p == null ? null : field.getValue().apply(p));
                Set<String> both = new HashSet<>(got);
                both.retainAll(names(want));
                tp += both.size();
                nPred += got.size();
                nGold += want.size();
            }
            double precision = nPred == 0 ? 0 : (double) tp / nPred;
            double recall = nGold == 0 ? 0 : (double) tp / nGold;
            rows.add(new LabelFigures(field.getKey(), n, precision, recall,
                    precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall)));
        }
        CodingScore score = of(predicted, gold);
        for (Map.Entry<String, Function<CaseLabels, Object>> field : VALUES.entrySet()) {
            int n = (int) gold.stream().filter(g -> field.getValue().apply(g.labels()) != null).count();
            rows.add(new LabelFigures(field.getKey(), n, null, null, score.figures().get(field.getKey())));
        }
        return rows;
    }

    /** The table as text, one label a line, with the target where there is one. */
    public static String tableText(List<LabelFigures> rows) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-20s %9s %9s %6s %8s %6s%n", "label", "decisions", "precision", "recall",
                "F1/acc", "target"));
        for (LabelFigures r : rows) {
            Double target = TARGETS.get(r.label());
            b.append(String.format(Locale.ROOT, "%-20s %9d %9s %6s %8.2f %6s%n", r.label(), r.decisions(),
                    r.precision() == null ? "" : String.format(Locale.ROOT, "%.2f", r.precision()),
                    r.recall() == null ? "" : String.format(Locale.ROOT, "%.2f", r.recall()), r.score(),
                    target == null ? "" : String.format(Locale.ROOT, "%.2f", target)));
        }
        return b.toString();
    }

    /** Fields below their target, in target order. */
    public List<String> shortOfTarget() {
        return TARGETS.entrySet().stream()
                .filter(t -> figures.getOrDefault(t.getKey(), 0.0) < t.getValue())
                .map(Map.Entry::getKey).toList();
    }

    /** The three lines {@code score_cases.py} prints. */
    public String report() {
        String line = figures.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue()))
                .collect(Collectors.joining(", "));
        List<String> short_ = shortOfTarget();
        return "coded " + coded + "/" + total + "\n" + line + "\n"
                + (short_.isEmpty() ? "all targets met" : "short of target: " + String.join(", ", short_));
    }

    private static Set<String> names(List<? extends Enum<?>> values) {
        Set<String> names = new HashSet<>();
        if (values != null) {
            values.forEach(v -> names.add(v.name()));
        }
        return names;
    }

    private static Map<String, Double> targets() {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("purposes", 0.85);
        t.put("form", 0.80);
        t.put("minors_involved", 0.80);
        t.put("female_victims", 0.80);
        t.put("victims", 0.60);
        t.put("means", 0.65);
        t.put("acts", 0.65);
        return java.util.Collections.unmodifiableMap(t);
    }
}
