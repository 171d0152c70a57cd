package org.palermo.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.palermo.coding.BadDecisionLineException;
import org.palermo.coding.CaseCoder;
import org.palermo.coding.CaseCodingJson;
import org.palermo.coding.CaseLabels;
import org.palermo.coding.CodedCase;
import org.palermo.coding.CodingScore;
import org.palermo.coding.CrossValidation;
import org.palermo.coding.DecisionLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./palermo eval cases --gold FILE [--folds K] [--errors]}: codes the gold decisions from their
 * text and prints the figures of {@code score_cases.py} and a per-label table; with {@code --folds K},
 * the K-fold cross-validated figures and table, where the only learned part of the coder (which cue
 * families are reliable enough to use) is fitted on the other folds; {@code --errors} lists each
 * disagreement (of the cross-validated codings when folds are given).
 */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Score the case coder against gold-coded decisions (per-label F1 and accuracy).")
public final class EvalCasesCommand implements Callable<Integer> {

    /** The 60 human-coded US decisions bundled with Palermo (the development set). */
    static final String BUNDLED_GOLD = "data/caselaw/cldb-us-dev.jsonl";

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold JSONL (id, text, labels); default: the 60 bundled development decisions.")
    Path gold;

    @Option(names = "--folds", paramLabel = "K", description = "Also print K-fold cross-validated figures (default: none).")
    int folds;

    @Option(names = "--cv-pred", paramLabel = "FILE", description = "With --folds: write the cross-validated codings here.")
    Path cvPred;

    @Option(names = "--pred", paramLabel = "FILE", description = "Also write the coded decisions here.")
    Path pred;

    @Option(names = "--errors", description = "List each disagreement with the gold coding.")
    boolean errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<DecisionLine> decisions = new ArrayList<>();
        int lineNumber = 0;
        String name = gold == null ? BUNDLED_GOLD + " (bundled)" : gold.toString();
        if (gold != null && !Files.isReadable(gold)) {
            err.println("eval cases: " + gold + ": cannot read the file");
            err.flush();
            return 1;
        }
        try (BufferedReader reader = gold != null ? Files.newBufferedReader(gold, StandardCharsets.UTF_8)
                : new BufferedReader(new java.io.InputStreamReader(
                        java.util.Objects.requireNonNull(EvalCasesCommand.class.getClassLoader().getResourceAsStream(BUNDLED_GOLD)),
                        StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    DecisionLine d = CaseCodingJson.read(line);
                    if (d.labels() == null) {
                        throw new BadDecisionLineException("no \"labels\"");
                    }
                    decisions.add(d);
                } catch (BadDecisionLineException e) {
                    err.println("eval cases: " + name + ":" + lineNumber + ": " + e.getMessage());
                    err.flush();
                    return 1;
                }
            }
        }
        CaseCoder coder = new CaseCoder();
        Map<String, CaseLabels> predicted = new LinkedHashMap<>();
        List<CodedCase> coded = new ArrayList<>();
        for (DecisionLine d : decisions) {
            CodedCase c = coder.code(d.id(), d.text());
            coded.add(c);
            predicted.put(d.id(), c.labels());
        }
        if (pred != null) {
            List<String> lines = coded.stream().map(CaseCodingJson::write).toList();
            Files.write(pred, lines, StandardCharsets.UTF_8);
        }
        CodingScore all = CodingScore.of(predicted, decisions);
        out.println(all.report());
        Map<String, CaseLabels> scored = predicted;
        if (folds > 1) {
            scored = printCrossValidation(out, decisions);
        } else {
            out.println();
            out.print(CodingScore.tableText(CodingScore.table(predicted, decisions)));
        }
        if (errors) {
            out.println();
            out.println("Disagreements with the gold coding (" + (folds > 1 ? folds + "-fold cross-validated codings" : "the bundled coder")
                    + "): decision, label, gold, coded");
            printErrors(out, scored, decisions);
        }
        out.flush();
        return 0;
    }

    private Map<String, CaseLabels> printCrossValidation(PrintWriter out, List<DecisionLine> decisions) throws IOException {
        Map<String, CaseLabels> predicted = CrossValidation.predict(decisions, folds);
        out.println();
        out.println(folds + "-fold cross-validation (cue families kept only if reliable on the training folds; a fold's own labels are"
                + " never read before it is coded):");
        out.println(CodingScore.of(predicted, decisions).report());
        out.println();
        out.print(CodingScore.tableText(CodingScore.table(predicted, decisions)));
        out.println("Note: the rules and word lists were written by people who had read these decisions; on decisions nobody has read"
                + " the figures are lower.");
        if (cvPred != null) {
            List<String> lines = predicted.entrySet().stream()
                    .map(e -> CaseCodingJson.write(new CodedCase(e.getKey(), e.getValue(), Map.of()))).toList();
            Files.write(cvPred, lines, StandardCharsets.UTF_8);
        }
        return predicted;
    }

    private static void printErrors(PrintWriter out, Map<String, CaseLabels> predicted, List<DecisionLine> decisions) {
        out.println();
        for (DecisionLine d : decisions) {
            CaseLabels p = predicted.get(d.id());
            CaseLabels g = d.labels();
            diff(out, d.id(), "acts", g.acts(), p.acts());
            diff(out, d.id(), "means", g.means(), p.means());
            diff(out, d.id(), "purposes", g.purposes(), p.purposes());
            diff(out, d.id(), "form", g.form(), p.form());
            diff(out, d.id(), "victims", g.victims(), p.victims());
            diff(out, d.id(), "minors_involved", g.minorsInvolved(), p.minorsInvolved());
            diff(out, d.id(), "female_victims", g.femaleVictims(), p.femaleVictims());
            diff(out, d.id(), "male_victims", g.maleVictims(), p.maleVictims());
            diff(out, d.id(), "female_defendants", g.femaleDefendants(), p.femaleDefendants());
            diff(out, d.id(), "male_defendants", g.maleDefendants(), p.maleDefendants());
            diff(out, d.id(), "victims_is_minimum", g.victims() == null ? null : g.victimsIsMinimum(), p.victimsIsMinimum());
        }
    }

    private static void diff(PrintWriter out, String id, String field, Object gold, Object got) {
        if (gold == null) {
            return;
        }
        Object g = gold instanceof List<?> l ? new java.util.TreeSet<>(l.stream().map(Object::toString).toList()) : gold;
        Object p = got instanceof List<?> l ? new java.util.TreeSet<>(l.stream().map(Object::toString).toList()) : got;
        if (!g.equals(p)) {
            out.println(id + "\t" + field + "\tgold " + g + "\tgot " + p);
        }
    }
}
