package org.palermo.caselaw;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.palermo.accounts.Audit;
import org.palermo.reference.Countries;
import org.palermo.text.CsvReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files of decisions, the same reading for the command line and for uploads. Two ways:
 * {@link Mode#EACH_LINE} (the command line): one transaction per decision, a bad line is reported by
 * its number and reason and the others are imported; {@link Mode#WHOLE_FILE} (uploads): every line is
 * read and checked first, and the file is imported in one transaction only if no line is bad — a bad
 * line names itself and nothing of the file is written. Importing the same file again changes nothing.
 * Every decision without a human coding is coded on arrival.
 */
@Service
public class CaseImport {

    /** One transaction per decision, or one for the whole file. */
    public enum Mode { EACH_LINE, WHOLE_FILE }

    private final CaseLaw caseLaw;
    private final Audit audit;
    private final TransactionTemplate transactions;

    CaseImport(CaseLaw caseLaw, Audit audit, PlatformTransactionManager transactionManager) {
        this.caseLaw = caseLaw;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
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

    /**
     * What importing a file did. {@code cases} are the keys of the decisions imported or updated, in file order.
     * In {@link Mode#WHOLE_FILE}, a report with errors imported nothing.
     */
    public record Report(int created, int updated, int unchanged, int suggestions, List<LineError> errors, List<LineWarning> warnings,
                         List<String> cases) {
        public int imported() {
            return created + updated;
        }
    }

    /** A line read: its number and the decision, or why it cannot be imported. */
    private record Line(int number, NewDecision decision, String error) {
    }

    /** JSONL: one decision per line ({@code id}, {@code text}, optionally {@code labels} and the other fields). */
    public Report importJsonl(Reader reader, String sourceName) throws IOException {
        return importJsonl(reader, sourceName, Mode.EACH_LINE, null);
    }

    /** JSONL, one transaction per decision or per file; {@code fileName} names the file in the audit trail. */
    public Report importJsonl(Reader reader, String sourceName, Mode mode, String fileName) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                lines.add(checked(number, CaseFiles.fromJson(line)));
            } catch (BadCaseLineException e) {
                lines.add(new Line(number, null, e.getMessage()));
            }
        }
        return run(lines, sourceName, mode, fileName);
    }

    /** One decision (an uploaded document and its metadata), in one transaction. */
    public Report importOne(NewDecision decision, String sourceName, String fileName) {
        return run(List.of(checked(1, decision)), sourceName, Mode.WHOLE_FILE, fileName);
    }

    /** Checks what can be checked before writing anything, so that a whole file is refused before it is begun. */
    private static Line checked(int number, NewDecision d) {
        if (d.jurisdiction() != null && !Countries.bundled().isKnown(d.jurisdiction())) {
            return new Line(number, null, "unknown jurisdiction '" + d.jurisdiction() + "' (not an ISO 3166-1 alpha-3 code)");
        }
        return new Line(number, d, null);
    }

    private Report run(List<Line> lines, String sourceName, Mode mode, String fileName) {
        if (mode == Mode.EACH_LINE) {
            Tally tally = new Tally();
            for (Line l : lines) {
                if (l.error() != null) {
                    tally.errors.add(new LineError(l.number(), l.error()));
                    continue;
                }
                try {
                    tally.add(l.number(), caseLaw.importDecision(l.decision(), sourceName));
                } catch (BadCaseLineException e) {
                    tally.errors.add(new LineError(l.number(), e.getMessage()));
                } catch (RuntimeException e) {
                    tally.errors.add(new LineError(l.number(), oneLine(e)));
                }
            }
            return tally.report();
        }
        List<LineError> bad = lines.stream().filter(l -> l.error() != null).map(l -> new LineError(l.number(), l.error())).toList();
        if (!bad.isEmpty()) {
            return new Report(0, 0, 0, 0, bad, List.of(), List.of());
        }
        if (lines.isEmpty()) {
            return new Report(0, 0, 0, 0, List.of(new LineError(0, "the file holds no decision")), List.of(), List.of());
        }
        Tally tally = new Tally();
        transactions.executeWithoutResult(status -> {
            for (Line l : lines) {
                try {
                    tally.add(l.number(), caseLaw.importDecision(l.decision(), sourceName));
                } catch (BadCaseLineException e) {
                    tally.errors.add(new LineError(l.number(), e.getMessage()));
                } catch (RuntimeException e) {
                    tally.errors.add(new LineError(l.number(), oneLine(e)));
                }
                if (!tally.errors.isEmpty()) {
                    // Nothing of the file is kept: the line is named and the transaction rolled back.
                    status.setRollbackOnly();
                    return;
                }
            }
            audit.record("cases.upload", "file:" + (fileName == null ? "" : fileName), null,
                    Map.of("created", tally.created, "updated", tally.updated, "unchanged", tally.unchanged, "suggestions", tally.suggestions));
        });
        if (!tally.errors.isEmpty()) {
            return new Report(0, 0, 0, 0, List.copyOf(tally.errors), List.of(), List.of());
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
        return importCsv(reader, mapping, sourceName, Mode.EACH_LINE, null);
    }

    /** CSV, one transaction per decision or per file. */
    public Report importCsv(Reader reader, Map<String, String> mapping, String sourceName, Mode mode, String fileName) throws IOException {
        List<List<String>> rows = CsvReader.read(reader);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The file is empty: a CSV needs a header row");
        }
        Map<String, Integer> columns = CaseFiles.columns(rows.get(0), mapping);
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            try {
                lines.add(checked(r + 1, CaseFiles.fromCsv(row, columns)));
            } catch (BadCaseLineException e) {
                lines.add(new Line(r + 1, null, e.getMessage()));
            }
        }
        return run(lines, sourceName, mode, fileName);
    }

    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        int suggestions;
        final List<LineError> errors = new ArrayList<>();
        final List<LineWarning> warnings = new ArrayList<>();
        final List<String> cases = new ArrayList<>();

        void add(int line, ImportOutcome o) {
            if (!o.status().equals("UNCHANGED")) {
                cases.add(o.key());
            }
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
            return new Report(created, updated, unchanged, suggestions, List.copyOf(errors), List.copyOf(warnings), List.copyOf(cases));
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
