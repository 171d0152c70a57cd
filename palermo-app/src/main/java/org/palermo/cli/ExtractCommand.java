package org.palermo.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import org.palermo.documents.PlainText;
import org.palermo.documents.UnreadableDocumentException;
import org.palermo.extraction.Extractor;
import org.palermo.extraction.FactLines;
import org.palermo.extraction.Hints;
import org.palermo.extraction.InputDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code palermo extract --out FILE INPUT...}: stateless fact extraction (CONTRACTS.md §2). Reads
 * {@code .txt}, {@code .html}, {@code .pdf}, {@code .docx} files and {@code .jsonl} files of
 * {@code {"id", "text", "country"}} lines; writes one JSON object per fact per line. Documents are extracted
 * on every core at once and written in input order, so the output does not depend on the number of threads.
 * A bad input (or a bad JSONL line) is reported on stderr by name and reason and the others go on; the exit
 * code is 1 if any failed. Touches no database.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts statistics, country roles and events from documents into a JSONL file.")
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "output JSONL file, one fact per line")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "documents extracted at once (default: one per core); the output is the same for any N")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt, .html, .pdf, .docx or .jsonl files")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            err.println("--threads: must be at least 1, not " + n);
            return 2;
        }
        FactLines facts = new FactLines(new Extractor());
        int failures;
        Path partial = out.toAbsolutePath().resolveSibling(out.getFileName() + ".partial");
        try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                OrderedExtraction extraction = new OrderedExtraction(n, writer, err)) {
            for (Path input : inputs) {
                submitFile(facts, input, extraction);
            }
            failures = extraction.finish();
        } catch (IOException e) {
            err.println(out + ": cannot write: " + e.getMessage());
            deleteQuietly(partial);
            return 2;
        }
        try {
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            err.println(out + ": cannot write: " + e.getMessage());
            return 2;
        }
        err.flush();
        return failures > 0 ? 1 : 0;
    }

    /** Submits the documents of one input: the file, or each line of a JSONL file. */
    private void submitFile(FactLines facts, Path input, OrderedExtraction extraction) throws IOException {
        String name = input.getFileName().toString();
        if (PlainText.extension(name).equals("jsonl")) {
            submitJsonLines(facts, input, extraction);
            return;
        }
        long size = sizeOrZero(input);
        extraction.submit(size, () -> {
            try {
                String text = PlainText.read(input).text();
                return OrderedExtraction.Outcome.of(facts.of(name, text, Hints.none()));
            } catch (UnreadableDocumentException e) {
                return OrderedExtraction.Outcome.failed(input + ": " + e.reason());
            } catch (RuntimeException e) {
                return OrderedExtraction.Outcome.failed(input + ": extraction failed: " + e);
            }
        });
    }

    private void submitJsonLines(FactLines facts, Path input, OrderedExtraction extraction) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(input), decoder))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String where = input + " line " + lineNo + ": ";
                String text = line;
                extraction.submit(line.length(), () -> {
                    InputDocument document;
                    try {
                        document = InputDocument.fromJsonLine(text);
                    } catch (InputDocument.BadLineException e) {
                        return OrderedExtraction.Outcome.failed(where + e.getMessage());
                    }
                    try {
                        return OrderedExtraction.Outcome.of(facts.of(document));
                    } catch (RuntimeException e) {
                        return OrderedExtraction.Outcome.failed(where + "extraction failed: " + e);
                    }
                });
            }
        } catch (CharacterCodingException e) {
            extraction.report(input + ": not UTF-8 text (" + e.getMessage() + ")");
        } catch (NoSuchFileException e) {
            extraction.report(input + ": no such file");
        } catch (AccessDeniedException e) {
            extraction.report(input + ": not readable (access denied)");
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: the partial file is named as such
        }
    }
}
