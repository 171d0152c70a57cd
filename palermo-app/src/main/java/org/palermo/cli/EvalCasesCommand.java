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
 * {@code ./palermo eval cases --gold FILE [--folds K]}: codes the gold decisions from their text and
 * prints the figures of {@code score_cases.py}; with {@code --folds K}, also the K-fold
 * cross-validated figures, where the only learned part of the coder (which cue families are
 * reliable enough to use) is fitted on the other folds.
 */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Score the case coder against gold-coded decisions (per-label F1 and accuracy).")
public final class EvalCasesCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSONL (id, text, labels).")
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
        try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
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
                    err.println("eval cases: " + gold + ":" + lineNumber + ": " + e.getMessage());
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
        if (folds > 1) {
            printCrossValidation(out, decisions);
        }
        if (errors) {
            printErrors(out, predicted, decisions);
        }
        out.flush();
        return 0;
    }

    private void printCrossValidation(PrintWriter out, List<DecisionLine> decisions) throws IOException {
        Map<String, CaseLabels> predicted = CrossValidation.predict(decisions, folds);
        out.println();
        out.println(folds + "-fold cross-validation (cue families kept only if reliable on the training folds):");
        out.println(CodingScore.of(predicted, decisions).report());
        if (cvPred != null) {
            List<String> lines = predicted.entrySet().stream()
                    .map(e -> CaseCodingJson.write(new CodedCase(e.getKey(), e.getValue(), Map.of()))).toList();
            Files.write(cvPred, lines, StandardCharsets.UTF_8);
        }
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
