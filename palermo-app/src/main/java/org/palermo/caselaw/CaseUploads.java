package org.palermo.caselaw;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.palermo.documents.PlainText;
import org.palermo.documents.UnreadableDocumentException;
import org.palermo.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Decisions uploaded through the API or the {@code /cases} page: a JSONL file, a CSV file with a column
 * mapping, or one decision as a document (.txt, .pdf, .docx, .html) with the metadata typed into a
 * form. The reading is {@link CaseImport}'s, shared with {@code ./palermo import cases}; an upload is
 * one transaction per file, so a file with a bad line is refused whole, naming every bad line.
 */
@Service
class CaseUploads {

    static final List<String> METADATA = List.of("id", "name", "court", "jurisdiction", "decision_date", "level", "outcome",
            "case_number", "source_url", "sentences");

    /** What an upload did, or why nothing was imported. */
    record Result(String fileName, CaseImport.Report report) {

        String problem() {
            List<CaseImport.LineError> errors = report.errors();
            String lines = errors.stream().limit(20).map(CaseImport.LineError::toString).collect(Collectors.joining("; "));
            return fileName + ": " + (errors.size() == 1 && errors.get(0).line() == 0 ? errors.get(0).reason()
                    : errors.size() + (errors.size() == 1 ? " bad line" : " bad lines")) + "; nothing was imported"
                    + (errors.size() == 1 && errors.get(0).line() == 0 ? "" : ": " + lines + (errors.size() > 20 ? "; …" : ""));
        }

        Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", fileName);
            m.put("created", report.created());
            m.put("updated", report.updated());
            m.put("unchanged", report.unchanged());
            m.put("suggestions", report.suggestions());
            m.put("cases", report.cases());
            m.put("warnings", report.warnings().stream().map(CaseImport.LineWarning::toString).toList());
            return m;
        }
    }

    private final CaseImport imports;

    CaseUploads(CaseImport imports) {
        this.imports = imports;
    }

    Result upload(String fileName, byte[] content, MultiValueMap<String, String> form) throws IOException {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        String format = format(name, form.getFirst("format"));
        String source = blank(form.getFirst("source"));
        if (content.length == 0) {
            throw new InvalidInputException("file", name + ": the file is empty");
        }
        CaseImport.Report report;
        switch (format) {
            case "jsonl" -> {
                try (Reader in = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
                    report = imports.importJsonl(in, source, CaseImport.Mode.WHOLE_FILE, name);
                }
            }
            case "csv" -> {
                try (Reader in = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
                    report = imports.importCsv(in, mapping(form.get("map")), source, CaseImport.Mode.WHOLE_FILE, name);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("map", name + ": " + e.getMessage());
                }
            }
            default -> {
                String text;
                try {
                    text = PlainText.read(name, new ByteArrayInputStream(content)).text();
                } catch (UnreadableDocumentException e) {
                    throw new InvalidInputException("file", e.getMessage());
                }
                Map<String, String> metadata = new LinkedHashMap<>();
                for (String field : METADATA) {
                    String v = blank(form.getFirst(field));
                    if (v != null) {
                        metadata.put(field, v);
                    }
                }
                try {
                    report = imports.importOne(CaseFiles.fromForm(text, metadata), source, name);
                } catch (BadCaseLineException e) {
                    throw new InvalidInputException("file", name + ": " + e.getMessage());
                }
            }
        }
        return new Result(name, report);
    }

    private static String format(String fileName, String requested) {
        String f = requested == null || requested.isBlank() ? null : requested.strip().toLowerCase(Locale.ROOT);
        if (f != null) {
            if (!List.of("jsonl", "csv", "document").contains(f)) {
                throw new InvalidInputException("format", "format is jsonl, csv or document");
            }
            return f;
        }
        String ext = PlainText.extension(fileName);
        if (List.of("jsonl", "json", "ndjson").contains(ext)) {
            return "jsonl";
        }
        if (ext.equals("csv")) {
            return "csv";
        }
        if (PlainText.EXTENSIONS.contains(ext)) {
            return "document";
        }
        throw new InvalidInputException("file", fileName + ": not a file of decisions (.jsonl, .csv, or one .txt, .pdf, .docx or .html decision)");
    }

    /** "text=Summary" pairs (or one value with several pairs separated by commas or new lines). */
    private static Map<String, String> mapping(List<String> pairs) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (pairs == null) {
            return mapping;
        }
        for (String raw : pairs) {
            for (String pair : raw.split("[,\\n]")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new InvalidInputException("map", "A column mapping is FIELD=COLUMN, e.g. text=Summary: '" + pair.strip() + "'");
                }
                mapping.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return mapping;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
