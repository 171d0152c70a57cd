package org.palermo.registries;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.accounts.Principal;
import org.palermo.text.CsvReader;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Directory entries in and out of CSV and XLSX files: the columns are the fields' names. A file is imported whole or
 * not at all: every bad row is named by file, line and field, and a file with any bad row keeps nothing; the other
 * files of the same request go on. A row with an {@code id} changes that entry (only the columns the file has);
 * a row without one adds an entry. Every row written is audited with its entry before and after.
 */
@Component
class DirectoryFiles {

    private static final int MAX_ROWS = 20_000;

    private final Directories directories;
    private final Audit audit;
    private final TransactionTemplate tx;

    DirectoryFiles(Directories directories, Audit audit, TransactionTemplate tx) {
        this.directories = directories;
        this.audit = audit;
        this.tx = tx;
    }

    /** One bad cell or row: the file, the line (1 = the header), the field, what is wrong. */
    record RowError(String file, int line, String field, String message) {
    }

    /** What became of one file. */
    record FileOutcome(String file, String outcome, int created, int updated, List<RowError> errors) {
        static FileOutcome rejected(String file, List<RowError> errors) {
            return new FileOutcome(file, "REJECTED", 0, 0, errors);
        }
    }

    /** What became of every file of one request. */
    record ImportReport(int imported, int rejected, List<FileOutcome> files) {
        @JsonProperty("all_rejected")
        boolean allRejected() {
            return imported == 0;
        }
    }

    record Upload(String name, byte[] content) {
    }

    ImportReport importFiles(Directory d, List<Upload> files) {
        List<FileOutcome> out = new ArrayList<>();
        for (Upload f : files) {
            out.add(importFile(d, f));
        }
        int imported = (int) out.stream().filter(o -> o.outcome().equals("IMPORTED")).count();
        return new ImportReport(imported, out.size() - imported, out);
    }

    FileOutcome importFile(Directory d, Upload file) {
        String name = file.name() == null || file.name().isBlank() ? "(unnamed file)" : file.name();
        List<List<String>> table;
        try {
            table = cells(name, file.content());
        } catch (IllegalArgumentException e) {
            return FileOutcome.rejected(name, List.of(new RowError(name, 0, null, e.getMessage())));
        }
        if (table.isEmpty()) {
            return FileOutcome.rejected(name, List.of(new RowError(name, 1, null, "the file is empty: the first line names the columns")));
        }
        List<RowError> errors = new ArrayList<>();
        List<String> header = table.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isEmpty() && d.field(header.get(i)) == null && !DirectoryValues.READ_ONLY.contains(header.get(i))) {
                errors.add(new RowError(name, 1, header.get(i), "unknown column '" + table.get(0).get(i).strip() + "'"));
            }
        }
        if (table.size() - 1 > MAX_ROWS) {
            errors.add(new RowError(name, 1, null, "more than " + MAX_ROWS + " rows: split the file"));
        }
        if (!errors.isEmpty()) {
            return FileOutcome.rejected(name, errors);
        }
        // read and check every row before writing anything
        record Parsed(int line, Long id, Map<String, Object> values) {
        }
        List<Parsed> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = r + 1;
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).isEmpty() && !DirectoryValues.READ_ONLY.contains(header.get(i))) {
                    cells.put(header.get(i), i < row.size() ? row.get(i) : "");
                }
            }
            if (row.size() > header.size() && row.subList(header.size(), row.size()).stream().anyMatch(c -> !c.isBlank())) {
                errors.add(new RowError(name, line, null, "more cells than the header has columns"));
            }
            String idText = cells.getOrDefault("id", "");
            boolean isNew = idText.isBlank();
            Map<String, Object> values = new LinkedHashMap<>();
            for (DirectoryValues.Problem p : DirectoryValues.read(d, cells, isNew, values)) {
                errors.add(new RowError(name, line, p.field(), p.message()));
            }
            rows.add(new Parsed(line, (Long) values.remove("id"), values));
        }
        if (!errors.isEmpty()) {
            return FileOutcome.rejected(name, errors);
        }
        Principal who = Actors.current().orElseThrow(() -> new AccessDeniedException("Sign in to import " + d.plural));
        int[] counts = new int[2];
        try {
            return tx.execute(status -> {
                List<RowError> late = new ArrayList<>();
                for (Parsed p : rows) {
                    Map<String, Object> before = p.id() == null ? null : directories.rowForUpdate(d, p.id()).orElse(null);
                    if (p.id() != null && before == null) {
                        late.add(new RowError(name, p.line(), "id", "no " + d.noun + " with id " + p.id()));
                        continue;
                    }
                    DirectoryValues.Problem location = DirectoryValues.locationProblem(p.values(), before);
                    if (location != null) {
                        late.add(new RowError(name, p.line(), location.field(), location.message()));
                        continue;
                    }
                    String country = (String) p.values().getOrDefault("country", before == null ? null : before.get("country"));
                    boolean allowed = who.mayActFor(country) && (before == null || who.mayActFor((String) before.get("country")));
                    if (!allowed) {
                        late.add(new RowError(name, p.line(), "country", "your account (" + who.role()
                                + (who.country() == null ? "" : " for " + who.country()) + ") may not change entries of "
                                + (before != null && !who.mayActFor((String) before.get("country")) ? before.get("country") : country)));
                        continue;
                    }
                    if (!late.isEmpty()) {
                        continue;
                    }
                    if (before == null) {
                        long id = directories.insert(d, p.values());
                        audit.record("registries." + d.noun + ".create", d.noun + ":" + id, null, directories.row(d, id).orElseThrow());
                        counts[0]++;
                    } else {
                        directories.write(d, p.id(), p.values());
                        audit.record("registries." + d.noun + ".update", d.noun + ":" + p.id(), before,
                                directories.row(d, p.id()).orElseThrow());
                        counts[1]++;
                    }
                }
                if (!late.isEmpty()) {
                    status.setRollbackOnly();
                    if (late.stream().anyMatch(e -> e.field() != null && e.field().equals("country"))) {
                        refused(d, who, name, late);
                    }
                    return FileOutcome.rejected(name, late);
                }
                audit.record("registries." + d.noun + ".import", "file:" + name, null,
                        Map.of("created", counts[0], "updated", counts[1]));
                return new FileOutcome(name, "IMPORTED", counts[0], counts[1], List.of());
            });
        } catch (RuntimeException e) {
            // a database refusal (a constraint) rolls the whole file back; the message names the file
            return FileOutcome.rejected(name, List.of(new RowError(name, 0, null, "nothing was imported: " + e.getMessage())));
        }
    }

    /** A focal point's rows for another country: the refusal is kept in the audit trail, outside the rolled-back file. */
    private void refused(Directory d, Principal who, String file, List<RowError> errors) {
        TransactionTemplate own = new TransactionTemplate(tx.getTransactionManager());
        own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.executeWithoutResult(s -> audit.refused(who.name(), "registries." + d.noun + ".import", "file:" + file,
                errors.stream().filter(e -> "country".equals(e.field())).count() + " rows for countries the account may not change"));
    }

    // --- export -----------------------------------------------------------------------------------------------

    /** The columns a viewer gets: the personal ones only for accounts. */
    private static List<DirectoryField> exported(Directory d) {
        boolean signedIn = Actors.current().isPresent();
        return d.fields.stream().filter(f -> signedIn || !f.personal()).toList();
    }

    byte[] csv(Directory d, List<Map<String, Object>> rows) {
        List<DirectoryField> cols = exported(d);
        StringBuilder s = new StringBuilder();
        s.append(String.join(",", cols.stream().map(DirectoryField::name).toList())).append('\n');
        for (Map<String, Object> r : rows) {
            List<String> cells = new ArrayList<>();
            for (DirectoryField f : cols) {
                cells.add(csvCell(DirectoryValues.text(r.get(f.name()))));
            }
            s.append(String.join(",", cells)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(Directory d, List<Map<String, Object>> rows) {
        List<DirectoryField> cols = exported(d);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(d.plural);
            Row head = sheet.createRow(0);
            for (int i = 0; i < cols.size(); i++) {
                head.createCell(i).setCellValue(cols.get(i).name());
            }
            int r = 1;
            for (Map<String, Object> row : rows) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < cols.size(); i++) {
                    Object v = row.get(cols.get(i).name());
                    if (v instanceof Number n) {
                        x.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        x.createCell(i).setCellValue(DirectoryValues.text(v));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvCell(String v) {
        if (v.isEmpty()) {
            return v;
        }
        // a cell that a spreadsheet would run as a formula is written as text
        String safe = "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("[+-]?[0-9.]+") ? "'" + v : v;
        return safe.matches(".*[,\"\\n\\r].*") || !safe.equals(safe.strip()) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    // --- reading ----------------------------------------------------------------------------------------------

    /** The cells of a CSV or XLSX file (by its content: an XLSX file is a zip). */
    static List<List<String>> cells(String name, byte[] content) {
        if (content == null || content.length == 0) {
            return List.of();
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        if (zip || name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return xlsxCells(name, content);
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new IllegalArgumentException(name + " is neither UTF-8 text (CSV) nor an XLSX workbook");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<List<String>> rows = CsvReader.parse(text);
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            out.add(row.stream().map(DirectoryFiles::unformula).toList());
        }
        return out;
    }

    private static String unformula(String v) {
        return v.startsWith("'") && v.length() > 1 && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    private static List<List<String>> xlsxCells(String name, byte[] content) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
            if (sheet == null) {
                return List.of();
            }
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> out = new ArrayList<>();
            int width = Optional.ofNullable(sheet.getRow(sheet.getFirstRowNum())).map(r -> (int) r.getLastCellNum()).orElse(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                int last = row == null ? 0 : Math.max(width, row.getLastCellNum());
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? number(cell.getNumericCellValue()) : format.formatCellValue(cell));
                }
                out.add(cells);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(name + " could not be read as an XLSX workbook: " + e.getMessage());
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
