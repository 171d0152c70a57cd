package org.palermo.text;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A CSV file read as a header and rows that know their line in the file (a quoted field may span lines). */
public record CsvTable(Map<String, Integer> columns, List<Row> rows) {

    public record Row(int line, List<String> cells) {
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** UTF-8 text or a message saying it is not; blank lines are left out (their numbers still count). */
    public static CsvTable parse(byte[] content) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        List<List<String>> records = CsvReader.parse(text);
        Map<String, Integer> columns = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        int line = 1;
        for (int r = 0; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (r == 0) {
                for (int i = 0; i < cells.size(); i++) {
                    columns.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
                }
            } else {
                Row row = new Row(line, cells);
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            for (String cell : cells) {
                line += (int) cell.chars().filter(c -> c == '\n').count();
            }
            line++;
        }
        return new CsvTable(columns, rows);
    }

    /** The first of the required columns the header lacks. */
    public Optional<String> missing(List<String> required) {
        return required.stream().filter(c -> !columns.containsKey(c)).findFirst();
    }

    /** The stripped cell of a column, "" when the column or the cell is absent. */
    public String cell(Row row, String column) {
        Integer i = columns.get(column);
        return i == null || i >= row.cells().size() ? "" : row.cells().get(i).strip();
    }

    /**
     * {@link #cell}, with the apostrophe taken off that an export puts before text a spreadsheet would run as a
     * formula ("'=…"): for files this application wrote and a user edited.
     */
    public String unescapedCell(Row row, String column) {
        String cell = cell(row, column);
        return cell.matches("(?s)^'[=+\\-@].*") ? cell.substring(1) : cell;
    }
}
