package org.palermo.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.palermo.documents.DocumentBatches;
import org.palermo.documents.NewDocument;
import org.palermo.documents.PlainText;
import org.palermo.documents.SourceType;
import org.palermo.documents.Sources;
import org.palermo.documents.UnreadableDocumentException;
import org.palermo.system.InvalidInputException;

/**
 * The documents facts were extracted from, read the way {@code ./palermo extract} reads them (CONTRACTS.md §2):
 * JSONL files of {@code {"id", "text", "country"}} lines, whose {@code id} is the facts' {@code doc}, and
 * document files ({@code .txt}, {@code .html}, {@code .pdf}, {@code .docx}; folders searched), whose file name is.
 * A JSONL line may also say where the document comes from: {@code title}, {@code source} (its name),
 * {@code source_type}, {@code publisher}, {@code url}, {@code published}; the command's options fill in the rest.
 */
final class DocumentInputs {

    /** One document read, with where it came from ("file line 12", or the file). */
    record Input(String where, NewDocument document) {
    }

    private final FactImport.Options options;
    private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

    DocumentInputs(FactImport.Options options) {
        this.options = options;
    }

    /** The inputs, folders expanded (JSONL and document files, in name order). */
    static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> isJsonLines(f) || PlainText.EXTENSIONS.contains(
                            PlainText.extension(f.getFileName().toString()))).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isJsonLines(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson");
    }

    /** Reads every document of one file; each good one goes to {@code sink}, each bad one to {@code bad} with where and why. */
    void read(Path file, java.util.function.Consumer<Input> sink, BiConsumer<String, String> bad) {
        if (isJsonLines(file)) {
            readJsonLines(file, sink, bad);
            return;
        }
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > PlainText.MAX_BYTES) {
                throw new UnreadableDocumentException(name, "larger than " + PlainText.MAX_BYTES / (1024 * 1024) + " MB");
            }
            PlainText.Read read = PlainText.read(name, new java.io.ByteArrayInputStream(bytes));
            String text = read.text();
            NewDocument d = new NewDocument(name, name, read.title(), read.mediaType(), text, NewDocument.sha256(bytes),
                    options.country(), source(null, text, name, read.title()));
            DocumentBatches.check(d);
            sink.accept(new Input(file.toString(), d));
        } catch (UnreadableDocumentException e) {
            bad.accept(file.toString(), e.reason());
        } catch (InvalidInputException e) {
            bad.accept(file.toString(), e.getMessage());
        } catch (IOException e) {
            bad.accept(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    private void readJsonLines(Path file, java.util.function.Consumer<Input> sink, BiConsumer<String, String> bad) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String where = file + " line " + lineNo;
                try {
                    sink.accept(new Input(where, document(line)));
                } catch (InvalidInputException e) {
                    bad.accept(where, e.getMessage());
                }
            }
        } catch (CharacterCodingException e) {
            bad.accept(file.toString(), "not UTF-8 text (" + e.getMessage() + ")");
        } catch (IOException e) {
            bad.accept(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** One JSONL line as a document. */
    NewDocument document(String line) {
        java.util.function.Function<String, Object> j = streamed(line);
        if (j == null) {
            Object parsed;
            try {
                parsed = json.readValue(line, Object.class);
            } catch (tools.jackson.core.JacksonException e) {
                throw new InvalidInputException("line", "not valid JSON (" + e.getOriginalMessage() + ")");
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new InvalidInputException("line", "not a JSON object");
            }
            j = map::get;
        }
        Object id = j.apply("id");
        if (id == null || !(id instanceof String || id instanceof Number) || id.toString().isBlank()) {
            throw new InvalidInputException("id", "missing \"id\"");
        }
        if (!(j.apply("text") instanceof String text)) {
            throw new InvalidInputException("text", "missing \"text\" (a string)");
        }
        String country = string(j, "country");
        String title = string(j, "title");
        NewDocument d = NewDocument.ofText(id.toString(), title, text,
                country == null ? options.country() : country.strip().toUpperCase(Locale.ROOT),
                source(j, text, id.toString(), title));
        DocumentBatches.check(d);
        return d;
    }

    private static final List<String> FIELDS = List.of("id", "text", "country", "title", "source", "source_type", "publisher",
            "published", "url");

    /**
     * The fields of a document line read with Jackson's token stream, without a map (as fact lines are, see
     * FactLine.Streamed); null when the line holds anything a map would hold differently (an object or an array
     * in one of these fields, text after the object, invalid JSON), which is then parsed into a map.
     */
    private java.util.function.Function<String, Object> streamed(String line) {
        Object[] values = new Object[FIELDS.size()];
        try (tools.jackson.core.JsonParser p = json.createParser(line)) {
            if (p.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                return null;
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                tools.jackson.core.JsonToken t = p.nextToken();
                int i = FIELDS.indexOf(name);
                if (i < 0) {
                    p.skipChildren();
                    continue;
                }
                values[i] = FactLine.scalar(p, t);
                if (values[i] == FactLine.NOT_SCALAR) {
                    return null; // an object or an array: read as a map
                }
            }
            if (p.nextToken() != null) {
                return null;
            }
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
        return field -> values[FIELDS.indexOf(field)];
    }

    /** The line's own source, else the command's, else one named after the document (as {@code ingest} does). */
    private Sources.NewSource source(java.util.function.Function<String, Object> j, String text, String key, String title) {
        String name = j == null ? null : string(j, "source");
        SourceType type = j == null ? null : SourceType.parse(string(j, "source_type"), "source_type");
        if (type == null) {
            type = options.sourceType() == null ? SourceType.INTERNATIONAL_ORGANISATION : options.sourceType();
        }
        if (type == SourceType.COURT_DECISION) {
            throw new InvalidInputException("source_type", "court decisions are imported with ./palermo import cases, not as facts");
        }
        if (name == null) {
            name = options.sourceName() != null ? options.sourceName()
                    : title != null && !title.isBlank() ? title.strip() : DocumentBatches.title(text, key);
        }
        return new Sources.NewSource(name, type, j == null ? null : string(j, "publisher"), j == null ? null : string(j, "published"),
                null, j == null ? null : string(j, "url"));
    }

    private static String string(java.util.function.Function<String, Object> j, String field) {
        Object v = j.apply(field);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }
}
