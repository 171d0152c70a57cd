package org.palermo.statistics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.palermo.reference.Countries;

/**
 * The spreadsheet a focal point fills in: sheet "Data" with one row per cell of the template
 * (country, year, indicator, dimension, category, sex, age, value), plus the instructions and the rules.
 * Reading checks the layout, the country, the year and that each value is a whole number, and names
 * the cell of every problem; rule checks happen on the figures afterwards.
 */
final class SubmissionSheets {

    static final List<String> COLUMNS = List.of("Country", "Year", "Indicator", "Dimension", "Category", "Sex", "Age", "Value");
    static final String DATA = "Data";

    private SubmissionSheets() {
    }

    record TemplateRow(String indicator, String dimension, String category, String sex, String age) {
    }

    static byte[] template(String country, int year, List<TemplateRow> rows, List<SubmissionValue> filled,
                           List<ValidationRules.Rule> rules) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = book.createSheet(DATA);
            Row header = data.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(COLUMNS.get(i));
                c.setCellStyle(bold);
            }
            int r = 1;
            List<SubmissionValue> extra = new ArrayList<>(filled);
            for (TemplateRow t : rows) {
                Row row = data.createRow(r++);
                text(row, country, year, t.indicator(), t.dimension(), t.category(), t.sex(), t.age());
                for (SubmissionValue v : filled) {
                    if (v.key().equals(String.join("|", t.indicator(), t.dimension(), t.category(), t.sex(), t.age()))) {
                        row.createCell(7).setCellValue(v.value());
                        extra.remove(v);
                    }
                }
            }
            for (SubmissionValue v : extra) {
                Row row = data.createRow(r++);
                text(row, country, year, v.indicator(), v.dimension(), v.category(), v.sex(), v.age());
                row.createCell(7).setCellValue(v.value());
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                data.setColumnWidth(i, i == 2 ? 9000 : i == 3 || i == 4 ? 7000 : 4000);
            }
            data.createFreezePane(0, 1);
            Sheet help = book.createSheet("Instructions");
            String name = Countries.bundled().byIso3(country).map(c -> c.name()).orElse(country);
            String[] lines = {
                    "Palermo: national statistics on trafficking in persons — " + name + " (" + country + "), " + year,
                    "Fill in column H (Value) of sheet Data with whole numbers; leave a cell empty when the figure is not known.",
                    "Do not change columns A to G or the header row. Country and year must stay " + country + " and " + year + ".",
                    "To report victims or convicted persons by citizenship, add rows with dimension 'by citizenship' and the ISO 3166 alpha-3 code as category.",
                    "Dimensions are not additive: the same victims appear in the total, by form of exploitation and by citizenship.",
                    "Upload the file on the submission page; every problem is reported with its cell, and nothing is saved until all are fixed.",
                    "Rules checked when you submit (sheet Rules)."};
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 30000);
            Sheet ruleSheet = book.createSheet("Rules");
            Row rh = ruleSheet.createRow(0);
            String[] rhs = {"Rule", "Name", "Left side", "Operator", "Right side", "Description"};
            for (int i = 0; i < rhs.length; i++) {
                rh.createCell(i).setCellValue(rhs[i]);
            }
            int rr = 1;
            for (ValidationRules.Rule rule : rules) {
                Row row = ruleSheet.createRow(rr++);
                String[] cells = {rule.code(), rule.name(), rule.leftSide(), rule.operator(), rule.rightSide(), rule.description()};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, String country, int year, String... cells) {
        row.createCell(0).setCellValue(country);
        row.createCell(1).setCellValue(year);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(2 + i).setCellValue(cells[i]);
        }
    }

    /** Reads the figures of a filled-in template; throws with every problem named by its cell. */
    static List<ValueInput> read(String fileName, byte[] content, String country, int year) {
        String name = fileName == null || fileName.isBlank() ? "the file" : fileName;
        if (content == null || content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw rejected(name, new RuleViolation("spreadsheet", "An XLSX spreadsheet", name
                    + " is not a spreadsheet: upload the .xlsx template generated for this submission", List.of("file")));
        }
        org.palermo.system.ParserLimits.apply();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheet(DATA) != null ? book.getSheet(DATA) : book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            // A formula counts with the value the spreadsheet program saved for it: formulas are never evaluated
            // here (one over a whole sheet, or reading another workbook, is work and reach a file must not get).
            format.setUseCachedValuesForFormulaCells(true);
            Row header = sheet.getRow(0);
            List<String> found = new ArrayList<>();
            for (int i = 0; header != null && i < Math.max(COLUMNS.size(), header.getLastCellNum()); i++) {
                Cell c = header.getCell(i);
                found.add(c == null ? "" : format.formatCellValue(c).strip());
            }
            while (!found.isEmpty() && found.get(found.size() - 1).isEmpty()) {
                found.remove(found.size() - 1);
            }
            if (!found.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()
                    .equals(COLUMNS.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList())) {
                throw rejected(name, new RuleViolation("columns", "Template columns", "sheet " + sheet.getSheetName()
                        + " row 1 has the columns " + found + " but the template has " + COLUMNS
                        + ": download the template again and copy the figures into column H", List.of(sheet.getSheetName() + "!A1")));
            }
            List<ValueInput> values = new ArrayList<>();
            List<RuleViolation> errors = new ArrayList<>();
            int thisYear = Year.now().getValue();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] cells = new String[COLUMNS.size()];
                boolean blank = true;
                for (int i = 0; i < cells.length; i++) {
                    Cell c = row.getCell(i);
                    cells[i] = c == null ? "" : format.formatCellValue(c).strip();
                    blank &= cells[i].isEmpty();
                }
                if (blank) {
                    continue;
                }
                String ref = sheet.getSheetName() + "!";
                int errorsBefore = errors.size();
                String iso3 = cells[0].toUpperCase(Locale.ROOT);
                if (!Countries.bundled().isKnown(iso3)) {
                    errors.add(cellError("known_country", "Known country", ref + "A" + (r + 1), "unknown country '" + cells[0]
                            + "' (use the ISO 3166 alpha-3 code " + country + ")"));
                } else if (!iso3.equals(country)) {
                    errors.add(cellError("submission_country", "The submission's country", ref + "A" + (r + 1), "country " + iso3
                            + " but this submission is for " + country));
                }
                if (!cells[1].matches("\\d{4}")) {
                    errors.add(cellError("year", "A year", ref + "B" + (r + 1), "'" + cells[1] + "' is not a year"));
                } else if (Integer.parseInt(cells[1]) > thisYear) {
                    errors.add(cellError("no_future_year", "No future year", ref + "B" + (r + 1), "year " + cells[1]
                            + " is in the future"));
                } else if (Integer.parseInt(cells[1]) != year) {
                    errors.add(cellError("submission_year", "The submission's year", ref + "B" + (r + 1), "year " + cells[1]
                            + " but this submission is for " + year));
                }
                String value = cells[7];
                String cellRef = ref + new CellReference(r, 7).formatAsString(false);
                if (!value.isEmpty() && !value.replace(",", "").matches("-?\\d+")) {
                    errors.add(cellError("number", "A whole number", cellRef, "'" + value + "' is not a whole number"));
                }
                if (errors.size() == errorsBefore) {
                    values.add(new ValueInput(cells[2], cells[3], cells[4], cells[5], cells[6], value, cellRef));
                }
            }
            if (!errors.isEmpty()) {
                throw new SubmissionRejectedException(name + " was not accepted", errors);
            }
            return values;
        } catch (SubmissionRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw rejected(name, new RuleViolation("spreadsheet", "An XLSX spreadsheet", name + " is not a readable spreadsheet ("
                    + e.getMessage() + ")", List.of("file")));
        }
    }

    private static RuleViolation cellError(String code, String name, String cell, String message) {
        return new RuleViolation(code, name, "cell " + cell + ": " + message, List.of(cell));
    }

    private static SubmissionRejectedException rejected(String name, RuleViolation error) {
        return new SubmissionRejectedException(name + " was not accepted", List.of(error));
    }
}
