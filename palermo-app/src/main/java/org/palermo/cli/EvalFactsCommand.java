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
import org.palermo.documents.PlainText;
import org.palermo.documents.UnreadableDocumentException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code palermo eval facts}: runs the extractor over a folder of documents, or over the passages of a
 * JSONL input, and scores its statistics against a gold TSV with the match rule of CONTRACTS.md §2 (the same
 * figures as score_facts.py on {@code extract}'s output). The figure a user gets on plain documents comes
 * first: every document read with no hint (a JSONL line's {@code country} ignored); then, for a JSONL whose
 * lines carry a country, the figure with that hint. {@code --split} keeps one split: a JSONL line's
 * {@code split}, or for a folder the {@code split.tsv} beside the gold (file, split), as reports-dev has.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Scores extracted statistics against a gold TSV: precision, recall, F1, misses and false positives.")
public final class EvalFactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, description = "gold statistics TSV (seed-facts.tsv)")
    Path gold;

    @Option(names = "--docs", required = true, description = "folder holding the gold's documents, or a JSONL input "
            + "(id, text, country, optional split)")
    Path docs;

    @Option(names = "--split", description = "only the documents of this split (dev, test): a JSONL line's \"split\", "
            + "or for a folder the split.tsv beside the gold")
    String split;

    @Option(names = "--neutral", description = "TSV of numeric statements that count neither way")
    Path neutral;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean jsonl = PlainText.extension(docs.getFileName().toString()).equals("jsonl");
        if (!Files.isDirectory(docs) && !(jsonl && Files.isReadable(docs))) {
            err.println("--docs " + docs + ": not a folder nor a readable .jsonl file");
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
        List<StatisticsScore.Prediction> hinted = new ArrayList<>();
        Extractor extractor = new Extractor();
        boolean hints;
        if (jsonl) {
            String problem = extractJsonLines(extractor, texts, predictions, hinted);
            if (problem != null) {
                err.println(docs + ": " + problem);
                return 2;
            }
            hints = hintsGiven;
        } else {
            java.util.Set<String> inSplit = null;
            if (split != null) {
                Path splits = gold.toAbsolutePath().getParent().resolve("split.tsv");
                if (!Files.isReadable(splits)) {
                    err.println("--split with a folder needs " + splits + " (file<TAB>split per line)");
                    return 2;
                }
                inSplit = splitFiles(splits);
            }
            extractFolder(extractor, texts, predictions, err, inSplit);
            hints = false;
        }
        boolean scoped = jsonl || split != null;
        List<StatisticsScore.GoldStatistic> goldRows = inScope(StatisticsScore.readGold(gold, texts::get), texts, scoped);
        List<StatisticsScore.GoldStatistic> neutralRows = neutral == null ? List.of()
                : inScope(StatisticsScore.readGold(neutral, texts::get), texts, scoped);
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
        out.println("no hint (every document read as a plain file): " + r.summary());
        if (hints) {
            StatisticsScore.Result h = StatisticsScore.score(hinted, goldRows, neutralRows, texts::get);
            out.println("with each line's country as the hint: " + h.summary());
        }
        out.flush();
        return 0;
    }

    private boolean hintsGiven;

    /** The files of {@code --split} in a split.tsv (file, split; a header line is skipped). */
    private java.util.Set<String> splitFiles(Path splits) throws java.io.IOException {
        java.util.Set<String> files = new java.util.HashSet<>();
        for (String line : Files.readAllLines(splits, java.nio.charset.StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 2 && f[1].strip().equals(split)) {
                files.add(f[0].strip());
            }
        }
        return files;
    }

    private void extractFolder(Extractor extractor, Map<String, String> texts,
            List<StatisticsScore.Prediction> predictions, PrintWriter err, java.util.Set<String> inSplit)
            throws java.io.IOException {
        try (Stream<Path> files = Files.list(docs)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!PlainText.EXTENSIONS.contains(PlainText.extension(name)) || inSplit != null && !inSplit.contains(name)) {
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
    }

    /** Extracts the lines of a JSONL input (of {@code --split} when given); returns what is wrong with it, or null. */
    private String extractJsonLines(Extractor extractor, Map<String, String> texts,
            List<StatisticsScore.Prediction> predictions, List<StatisticsScore.Prediction> hinted)
            throws java.io.IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = Files.readAllLines(docs, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(lines.get(i));
            } catch (JacksonException e) {
                return "line " + (i + 1) + ": not valid JSON";
            }
            JsonNode id = node == null ? null : node.get("id");
            JsonNode text = node == null ? null : node.get("text");
            if (id == null || id.isNull() || text == null || !text.isString()) {
                return "line " + (i + 1) + ": needs \"id\" and \"text\"";
            }
            JsonNode lineSplit = node.get("split");
            if (split != null && (lineSplit == null || !split.equals(lineSplit.asString()))) {
                continue;
            }
            JsonNode country = node.get("country");
            String name = id.asString();
            texts.put(name, text.asString());
            Hints hints = new Hints(country == null || country.isNull() ? null : country.asString());
            hintsGiven |= hints.country() != null;
            for (Fact f : extractor.extract(text.asString(), Hints.none())) {
                if (f instanceof Statistic st) {
                    predictions.add(new StatisticsScore.Prediction(name, st));
                }
            }
            for (Fact f : hints.country() == null ? extractor.extract(text.asString(), Hints.none())
                    : extractor.extract(text.asString(), hints)) {
                if (f instanceof Statistic st) {
                    hinted.add(new StatisticsScore.Prediction(name, st));
                }
            }
        }
        return null;
    }

    /** With a JSONL input or a split, the gold rows of the documents read; a whole folder's gold is whole. */
    private static List<StatisticsScore.GoldStatistic> inScope(List<StatisticsScore.GoldStatistic> rows,
            Map<String, String> texts, boolean scoped) {
        return scoped ? rows.stream().filter(g -> texts.containsKey(g.doc())).toList() : rows;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
