package org.palermo.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.palermo.coding.BadDecisionLineException;
import org.palermo.coding.CaseCoder;
import org.palermo.coding.CaseCodingJson;
import org.palermo.coding.DecisionLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./palermo code-cases --out CODED.jsonl INPUT.jsonl} (CONTRACTS.md §3): codes each decision
 * from its text, one output line per input line. A bad line is reported on stderr with its line
 * number and skipped; the exit code is 1 if any line failed. No database, no Spring.
 */
@Command(name = "code-cases", mixinStandardHelpOptions = true,
        description = "Code court decisions (JSONL lines with id and text) with Protocol labels and quotes.")
public final class CodeCasesCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the coded JSONL.")
    Path out;

    @Parameters(index = "0", paramLabel = "INPUT.jsonl", description = "Decisions, one JSON object per line.")
    Path input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(input)) {
            err.println("code-cases: " + input + ": cannot read the file");
            err.flush();
            return 1;
        }
        CaseCoder coder = new CaseCoder();
        int lineNumber = 0;
        int coded = 0;
        int failed = 0;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    DecisionLine decision = CaseCodingJson.read(line);
                    if (decision.id() == null || decision.id().isBlank()) {
                        throw new BadDecisionLineException("no \"id\"");
                    }
                    writer.write(CaseCodingJson.write(coder.code(decision.id(), decision.text())));
                    writer.newLine();
                    coded++;
                } catch (BadDecisionLineException e) {
                    failed++;
                    err.println("code-cases: " + input + ":" + lineNumber + ": " + e.getMessage());
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("code-cases: " + input + ":" + (lineNumber + 1) + ": not UTF-8 text; nothing after line " + lineNumber + " was coded");
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("code-cases: " + input + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        err.println("code-cases: coded " + coded + " decision(s) into " + out + (failed > 0 ? ", " + failed + " line(s) failed" : ""));
        err.flush();
        return failed > 0 ? 1 : 0;
    }
}
