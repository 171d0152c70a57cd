package org.palermo.casedata;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows read one at a time, so a file of a million case records never sits in memory whole.
 * Knows the line on which each row starts (quoted fields may span lines).
 */
final class CsvRows {

    /** Longest field: CTDC fields are codes and short labels, so a longer one is an unclosed quote or an attack. */
    static final int MAX_FIELD = 100_000;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int pos;
    private int line = 1;
    private int rowLine;
    private boolean first = true;

    CsvRows(Reader in) {
        this.in = in;
    }

    /** The line number on which the last row returned by {@link #next()} started. */
    int rowLine() {
        return rowLine;
    }

    /** The next row, or null at the end. */
    List<String> next() throws IOException {
        int c = read();
        if (first && c == '\uFEFF') {
            c = read();
        }
        first = false;
        if (c == -1) {
            return null;
        }
        rowLine = line;
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (c == -1) {
                row.add(field.toString());
                return row;
            }
            if (field.length() > MAX_FIELD) {
                throw new IOException("line " + rowLine + ": a field longer than " + MAX_FIELD + " characters"
                        + (quoted ? " (a quote opened there is never closed)" : ""));
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                line++;
                row.add(field.toString());
                return row;
            } else if (c != '\r') {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pos == length) {
            length = in.read(buffer);
            pos = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[pos++];
    }
}
