package org.palermo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.palermo.extraction.Extractor;
import org.palermo.extraction.Fact;
import org.palermo.extraction.Hints;
import org.palermo.extraction.Statistic;
import org.palermo.extraction.StatisticsScore;
import org.palermo.text.PlainText;
import org.palermo.text.UnreadableDocumentException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code palermo eval facts}: runs the extractor over a folder of documents and scores its statistics
 * against a gold TSV with the match rule of CONTRACTS.md §2 (the same figures as score_facts.py).
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Scores extracted statistics against a gold TSV: precision, recall, F1, misses and false positives.")
public final class EvalFactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, description = "gold statistics TSV (seed-facts.tsv)")
    Path gold;

    @Option(names = "--docs", required = true, description = "folder holding the gold's documents")
    Path docs;

    @Option(names = "--neutral", description = "TSV of numeric statements that count neither way")
    Path neutral;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(docs)) {
            err.println("--docs " + docs + ": not a folder");
            return 2;
        }
        for (Path p : neutral == null ? List.of(gold) : List.of(gold, neutral)) {
            if (!Files.isReadable(p)) {
                err.println(p + ": not readable");
                return 2;
            }
        }
        Map<String, String> texts = new HashMap<>();
        List<StatisticsScore.Prediction> predictions = new ArrayList<>();
        Extractor extractor = new Extractor();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!PlainText.EXTENSIONS.contains(PlainText.extension(name))) {
                    continue;
                }
                try {
                    String text = PlainText.read(file).text();
                    texts.put(name, text);
                    for (Fact f : extractor.extract(text, Hints.none())) {
                        if (f instanceof Statistic s) {
                            predictions.add(new StatisticsScore.Prediction(name, s));
                        }
                    }
                } catch (UnreadableDocumentException e) {
                    err.println(e.getMessage());
                }
            }
        }
        List<StatisticsScore.GoldStatistic> goldRows = StatisticsScore.readGold(gold, texts::get);
        List<StatisticsScore.GoldStatistic> neutralRows = neutral == null ? List.of()
                : StatisticsScore.readGold(neutral, texts::get);
        StatisticsScore.Result r = StatisticsScore.score(predictions, goldRows, neutralRows, texts::get);
        for (StatisticsScore.Prediction p : r.falsePositives()) {
            Statistic s = p.statistic();
            out.printf(Locale.ROOT, "false positive: %s %s %s [%s] %s%n", p.doc(),
                    s.country() != null ? s.country() : s.org(), number(s.value()), s.evidence().rule(), s.evidence().quote());
        }
        for (StatisticsScore.GoldStatistic g : r.misses()) {
            out.printf(Locale.ROOT, "missed: %s %s %s %s%n", g.doc(), g.country() == null ? "org" : g.country(),
                    number(g.value()), g.quote());
        }
        out.println(r.summary());
        out.flush();
        return 0;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
