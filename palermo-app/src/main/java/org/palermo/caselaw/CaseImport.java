package org.palermo.caselaw;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.palermo.text.CsvReader;
import org.springframework.stereotype.Service;

/**
 * Imports files of decisions, one transaction per decision: a bad line is reported by its number
 * and reason and the others are imported. Importing the same file again changes nothing.
 */
@Service
public class CaseImport {

    private final CaseLaw caseLaw;

    CaseImport(CaseLaw caseLaw) {
        this.caseLaw = caseLaw;
    }

    /** A line (JSONL) or row (CSV, the header is row 1) that was not imported, and why. */
    public record LineError(int line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    /** A decision imported with a warning (a date kept as written). */
    public record LineWarning(int line, String key, String warning) {
        @Override
        public String toString() {
            return "line " + line + " (" + key + "): " + warning;
        }
    }

    public record Report(int created, int updated, int unchanged, int suggestions, List<LineError> errors, List<LineWarning> warnings) {
        public int imported() {
            return created + updated;
        }
    }

    /** JSONL: one decision per line ({@code id}, {@code text}, optionally {@code labels} and the other fields). */
    public Report importJsonl(Reader reader, String sourceName) throws IOException {
        Tally tally = new Tally();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                tally.add(number, caseLaw.importDecision(CaseFiles.fromJson(line), sourceName));
            } catch (BadCaseLineException e) {
                tally.errors.add(new LineError(number, e.getMessage()));
            } catch (RuntimeException e) {
                tally.errors.add(new LineError(number, oneLine(e)));
            }
        }
        return tally.report();
    }

    /**
     * CSV with a header row. {@code mapping} names the column of a field ({@code text → Summary},
     * {@code purposes → Purpose}); unmapped fields are looked for under their own names.
     *
     * @throws IllegalArgumentException when the header lacks a mapped column or a text column
     */
    public Report importCsv(Reader reader, Map<String, String> mapping, String sourceName) throws IOException {
        List<List<String>> rows = CsvReader.read(reader);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The file is empty: a CSV needs a header row");
        }
        Map<String, Integer> columns = CaseFiles.columns(rows.get(0), mapping);
        Tally tally = new Tally();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            try {
                tally.add(r + 1, caseLaw.importDecision(CaseFiles.fromCsv(row, columns), sourceName));
            } catch (BadCaseLineException e) {
                tally.errors.add(new LineError(r + 1, e.getMessage()));
            } catch (RuntimeException e) {
                tally.errors.add(new LineError(r + 1, oneLine(e)));
            }
        }
        return tally.report();
    }

    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        int suggestions;
        final List<LineError> errors = new ArrayList<>();
        final List<LineWarning> warnings = new ArrayList<>();

        void add(int line, ImportOutcome o) {
            switch (o.status()) {
                case "CREATED" -> created++;
                case "UPDATED" -> updated++;
                default -> unchanged++;
            }
            suggestions += o.suggestions();
            if (o.dateWarning() != null) {
                warnings.add(new LineWarning(line, o.key(), "decision date " + o.dateWarning()));
            }
        }

        Report report() {
            return new Report(created, updated, unchanged, suggestions, List.copyOf(errors), List.copyOf(warnings));
        }
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.replace('\n', ' ');
    }
}
