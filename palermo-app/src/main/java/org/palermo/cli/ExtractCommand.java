package org.palermo.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import org.palermo.extraction.Extractor;
import org.palermo.extraction.Fact;
import org.palermo.extraction.Hints;
import org.palermo.documents.PlainText;
import org.palermo.documents.UnreadableDocumentException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code palermo extract --out FILE INPUT...}: stateless fact extraction (CONTRACTS.md §2). Reads
 * {@code .txt}, {@code .html}, {@code .pdf}, {@code .docx} files and {@code .jsonl} files of
 * {@code {"id", "text", "country"}} lines; writes one JSON object per fact per line. A bad input
 * (or a bad JSONL line) is reported on stderr by name and reason and the others go on; the exit code
 * is 1 if any failed. Touches no database.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts statistics, country roles and events from documents into a JSONL file.")
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "output JSONL file, one fact per line")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt, .html, .pdf, .docx or .jsonl files")
    List<Path> inputs;

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = new Extractor();
        int failures = 0;
        Path partial = out.toAbsolutePath().resolveSibling(out.getFileName() + ".partial");
        try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            for (Path input : inputs) {
                failures += extractFile(extractor, input, writer, err);
            }
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

    /** Extracts one input; returns the number of failures (a file, or bad lines of a JSONL file). */
    private int extractFile(Extractor extractor, Path input, BufferedWriter writer, PrintWriter err) throws IOException {
        String name = input.getFileName().toString();
        if (PlainText.extension(name).equals("jsonl")) {
            return extractJsonLines(extractor, input, writer, err);
        }
        try {
            String text = PlainText.read(input).text();
            write(name, extractor.extract(text, Hints.none()), writer);
            return 0;
        } catch (UnreadableDocumentException e) {
            err.println(input + ": " + e.reason());
            return 1;
        } catch (RuntimeException e) {
            err.println(input + ": extraction failed: " + e);
            return 1;
        }
    }

    private int extractJsonLines(Extractor extractor, Path input, BufferedWriter writer, PrintWriter err)
            throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int failures = 0;
        try (BufferedReader reader = new BufferedReader(
                new java.io.InputStreamReader(Files.newInputStream(input), decoder))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String problem = extractLine(extractor, line, writer);
                if (problem != null) {
                    err.println(input + " line " + lineNo + ": " + problem);
                    failures++;
                }
            }
        } catch (CharacterCodingException e) {
            err.println(input + ": not UTF-8 text (" + e.getMessage() + ")");
            return failures + 1;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(input + ": no such file");
            return 1;
        } catch (java.nio.file.AccessDeniedException e) {
            err.println(input + ": not readable (access denied)");
            return 1;
        }
        return failures;
    }

    /** Extracts one JSONL line; returns what is wrong with it, or null. */
    private String extractLine(Extractor extractor, String line, BufferedWriter writer) throws IOException {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            return "not valid JSON (" + e.getOriginalMessage() + ")";
        }
        if (node == null || !node.isObject()) {
            return "not a JSON object";
        }
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        if (id == null || id.isNull() || !(id.isString() || id.isNumber())) {
            return "missing \"id\"";
        }
        if (text == null || !text.isString()) {
            return "missing \"text\" (a string)";
        }
        JsonNode country = node.get("country");
        String iso3 = country == null || country.isNull() ? null : country.asString();
        try {
            write(id.asString(), extractor.extract(text.asString(), new Hints(iso3)), writer);
        } catch (RuntimeException e) {
            return "extraction failed: " + e;
        }
        return null;
    }

    private void write(String doc, List<Fact> facts, BufferedWriter writer) throws IOException {
        for (Fact f : facts) {
            writer.write(json.writeValueAsString(f.toJson(doc)));
            writer.newLine();
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
