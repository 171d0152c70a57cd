package org.palermo.statistics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A selection of published figures as CSV or XLSX, with the same columns as the API. */
final class Downloads {

    static final List<String> COLUMNS = List.of("country", "country_name", "indicator", "dimension", "category", "category_text",
            "sex", "age", "year", "value", "value_text", "unit", "source", "conflict");

    private Downloads() {
    }

    static void csv(Statistics statistics, StatisticsQuery query, OutputStream target) {
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
            out.write(String.join(",", COLUMNS));
            out.write("\r\n");
            statistics.stream(query, o -> {
                try {
                    List<String> cells = cells(o);
                    for (int i = 0; i < cells.size(); i++) {
                        if (i > 0) {
                            out.write(',');
                        }
                        out.write(quote(cells.get(i)));
                    }
                    out.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void xlsx(Statistics statistics, StatisticsQuery query, OutputStream target) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            Sheet sheet = book.createSheet("Statistics");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int[] next = {1};
            statistics.stream(query, o -> {
                Row row = sheet.createRow(next[0]++);
                List<String> cells = cells(o);
                for (int i = 0; i < cells.size(); i++) {
                    if (COLUMNS.get(i).equals("year")) {
                        row.createCell(i).setCellValue(o.year());
                    } else if (COLUMNS.get(i).equals("value")) {
                        if (o.value() != null) {
                            row.createCell(i).setCellValue(o.value());
                        }
                    } else if (cells.get(i) != null) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            });
            book.write(target);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(Observation o) {
        return java.util.Arrays.asList(o.country(), o.countryName(), o.indicator(), o.dimension(), o.category(), o.categoryText(),
                o.sex(), o.age(), String.valueOf(o.year()), o.value() == null ? null : o.value().toString(), o.valueText(), o.unit(),
                o.source(), String.valueOf(o.conflict()));
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
