package org.palermo.text;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields with commas, doubled quotes and line breaks; a leading byte-order mark is dropped. */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<List<String>> read(Reader reader) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[65536];
        int n;
        while ((n = reader.read(buffer)) != -1) {
            all.append(buffer, 0, n);
        }
        return parse(all);
    }

    public static List<List<String>> parse(CharSequence s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = s.length() > 0 && s.charAt(0) == '\uFEFF' ? 1 : 0;
        boolean quoted = false;
        boolean any = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (any) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
