package org.palermo.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores predicted statistics against a gold TSV with the match rule of CONTRACTS.md §2, exactly as
 * {@code score_facts.py stats} does: a prediction matches an unused gold row when the document and
 * the value agree, the subject agrees (the prediction's country is one of the gold row's countries,
 * or both have none) and the quote overlaps the gold quote. A gold row naming several countries
 * ("Canada; Denmark") is one row per country. Predictions matching a row of the optional neutral
 * file count neither way.
 */
public final class StatisticsScore {

    /** One gold statistic; {@code start} is -1 when its quote is not found in the document. */
    public record GoldStatistic(String doc, String country, double value, int start, int end, String metric,
            String quote) {
    }

    /** A predicted statistic and the document it was extracted from. */
    public record Prediction(String doc, Statistic statistic) {
    }

    /** The figures and the lists behind them. */
    public record Result(int truePositives, int predicted, int neutral, int gold, int metricCorrect,
            int metricScored, int exactQuotes, List<Prediction> falsePositives, List<GoldStatistic> misses) {

        /** Predictions that match a neutral statement count neither way. */
        private Counts counts() {
            return new Counts(truePositives, predicted - neutral, gold);
        }

        public double precision() {
            return counts().precision();
        }

        public double recall() {
            return counts().recall();
        }

        public double f1() {
            return counts().f1();
        }

        /** The scorer's last line: "statistics P=0.86 R=0.88 F1=0.87 (tp …)". */
        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "statistics P=%.2f R=%.2f F1=%.2f (tp %d, predicted %d, gold %d), metric %d/%d, exact quotes %d/%d",
                    precision(), recall(), f1(), truePositives, predicted, gold, metricCorrect, metricScored,
                    exactQuotes, predicted);
        }
    }

    private StatisticsScore() {
    }

    /**
     * Reads a gold TSV (columns {@code file}, {@code country_or_org}, {@code value}, {@code quote},
     * optional {@code iso3}, {@code metric_code} or {@code metric}); {@code texts} gives a document's
     * text by file name, or null when it is missing. Rows whose value is not a number are skipped.
     */
    public static List<GoldStatistic> readGold(Path tsv, Function<String, String> texts) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readGold(lines, texts);
    }

    public static List<GoldStatistic> readGold(List<String> lines, Function<String, String> texts) {
        List<GoldStatistic> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        String[] header = lines.get(0).split("\t", -1);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i].strip(), i);
        }
        StatisticsScoreNames names = StatisticsScoreNames.bundled();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String doc = field(f, col, "file");
            String quote = field(f, col, "quote");
            String text = texts.apply(doc);
            int start = text == null ? -1 : text.indexOf(quote);
            double value;
            try {
                value = Double.parseDouble(field(f, col, "value").replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            String iso3 = field(f, col, "iso3");
            Set<String> codes = iso3.isEmpty() ? names.subjectCodes(field(f, col, "country_or_org")) : Set.of(iso3);
            String metric = field(f, col, "metric_code");
            if (metric.isEmpty()) {
                metric = field(f, col, "metric");
            }
            int end = start >= 0 ? start + quote.length() : -1;
            if (codes.isEmpty()) {
                rows.add(new GoldStatistic(doc, null, value, start, end, metric, quote));
            }
            for (String code : new TreeSet<>(codes)) {
                rows.add(new GoldStatistic(doc, code, value, start, end, metric, quote));
            }
        }
        return rows;
    }

    private static String field(String[] f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= f.length ? "" : f[i];
    }

    /** Scores predictions (statistics only); {@code texts} checks that quotes are exact. */
    public static Result score(List<Prediction> predictions, List<GoldStatistic> gold, List<GoldStatistic> neutral,
            Function<String, String> texts) {
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int metricOk = 0;
        int metricN = 0;
        int neutralHits = 0;
        int exact = 0;
        List<Prediction> fp = new ArrayList<>();
        for (Prediction p : predictions) {
            Statistic s = p.statistic();
            String text = texts.apply(p.doc());
            Evidence e = s.evidence();
            if (text != null && e.start() >= 0 && e.end() <= text.length() && e.start() <= e.end()
                    && text.substring(e.start(), e.end()).equals(e.quote())) {
                exact++;
            }
            Integer hit = null;
            for (int i = 0; i < gold.size(); i++) {
                if (!used.contains(i) && matches(p, gold.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit != null) {
                used.add(hit);
                tp++;
                String m = gold.get(hit).metric();
                if (!m.isEmpty() && !m.equals("other")) {
                    metricN++;
                    if (s.metric().code().equals(m)) {
                        metricOk++;
                    }
                }
            } else if (neutral.stream().anyMatch(g -> matches(p, g))) {
                neutralHits++;
            } else {
                fp.add(p);
            }
        }
        List<GoldStatistic> misses = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (!used.contains(i)) {
                misses.add(gold.get(i));
            }
        }
        return new Result(tp, predictions.size(), neutralHits, gold.size(), metricOk, metricN, exact, List.copyOf(fp),
                List.copyOf(misses));
    }

    private static boolean matches(Prediction p, GoldStatistic g) {
        Statistic s = p.statistic();
        if (!p.doc().equals(g.doc()) || Math.abs(s.value() - g.value()) > 1e-6) {
            return false;
        }
        if (g.country() != null ? !g.country().equals(s.country()) : s.country() != null && !s.country().isEmpty()) {
            return false;
        }
        if (g.start() >= 0) {
            return s.evidence().start() < g.end() && g.start() < s.evidence().end();
        }
        return false;
    }
}
