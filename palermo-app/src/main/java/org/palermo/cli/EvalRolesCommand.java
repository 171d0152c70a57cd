package org.palermo.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.palermo.extraction.CountryRole;
import org.palermo.extraction.Extractor;
import org.palermo.extraction.Fact;
import org.palermo.extraction.Hints;
import org.palermo.extraction.RolesScore;
import org.palermo.documents.PlainText;
import org.palermo.documents.UnreadableDocumentException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code palermo eval roles}: extracts each gold document (its {@code text}, or the file named by its
 * id in {@code --docs}) with its country as the hint, and scores the country roles per document as
 * CONTRACTS.md §2 says (the same figures as {@code score_facts.py roles}).
 */
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = "Scores extracted country roles, forms, victim groups and counterparts against a gold JSONL.")
public final class EvalRolesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "gold JSONL: id, country, roles, forms, victim_groups, origin_countries, destination_countries, optional text and split")
    Path gold;

    @Option(names = "--docs", paramLabel = "DIR", description = "folder of documents named by id, for gold lines without text")
    Path docs;

    @Option(names = "--split", paramLabel = "NAME", description = "score only the gold lines of this split (dev, test)")
    String split;

    @Option(names = "--no-hint", description = "do not tell the extractor the document's country")
    boolean noHint;

    @Option(names = "--errors", description = "list, per document, what was missed and what was wrong")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(gold)) {
            err.println(gold + ": not readable");
            return 2;
        }
        List<RolesScore.GoldDocument> documents;
        try {
            documents = RolesScore.readGold(Files.readAllLines(gold, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            err.println(gold + " " + e.getMessage());
            return 2;
        }
        if (split != null) {
            documents = documents.stream().filter(d -> split.equals(d.split())).toList();
        }
        Extractor extractor = new Extractor();
        Map<String, List<CountryRole>> predicted = new LinkedHashMap<>();
        List<RolesScore.GoldDocument> scored = new ArrayList<>();
        for (RolesScore.GoldDocument d : documents) {
            String text = d.text();
            if (text == null) {
                try {
                    text = docs == null ? null : PlainText.read(docs.resolve(d.id())).text();
                } catch (UnreadableDocumentException e) {
                    err.println(e.getMessage());
                }
            }
            if (text == null) {
                err.println(d.id() + ": no text (give it in the gold line or in --docs)");
                continue;
            }
            List<CountryRole> roles = new ArrayList<>();
            for (Fact f : extractor.extract(text, noHint ? Hints.none() : new Hints(d.country()))) {
                if (f instanceof CountryRole r) {
                    roles.add(r);
                }
            }
            predicted.put(d.id(), roles);
            scored.add(d);
        }
        RolesScore.Result r = RolesScore.score(predicted, scored);
        if (errors) {
            printErrors(out, r);
        }
        out.println(r.summary());
        out.flush();
        return 0;
    }

    private static void printErrors(PrintWriter out, RolesScore.Result r) {
        for (RolesScore.DocumentResult d : r.documents()) {
            for (RolesScore.Kind k : RolesScore.Kind.values()) {
                Set<String> want = d.gold().sets().get(k);
                Set<String> got = d.predicted().get(k);
                Set<String> missed = new TreeSet<>(want);
                missed.removeAll(got);
                Set<String> wrong = new TreeSet<>(got);
                wrong.removeAll(want);
                if (!missed.isEmpty() || !wrong.isEmpty()) {
                    out.printf("%s %s %s: missed %s, wrong %s%n", d.gold().id(), d.gold().country(), k.field(), missed,
                            wrong);
                }
            }
        }
    }
}
