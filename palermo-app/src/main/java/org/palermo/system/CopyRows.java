package org.palermo.system;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into PostgreSQL's {@code COPY … FROM STDIN} in its text format, on the caller's connection
 * (and so in its transaction). Values are escaped here; rows are sent in chunks of about a megabyte, so a
 * batch of any size never sits whole in memory as one string. Bulk imports use it for their staging tables.
 */
public final class CopyRows implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    // The rows are written as UTF-8 bytes straight into this buffer (no StringBuilder, String and byte[] copies of
    // every chunk): a bulk import sends hundreds of megabytes through here, and this was its writer thread's main cost.
    private byte[] buffer = new byte[CHUNK + 8192];
    private int length;
    private boolean first = true;
    private long rows;
    private boolean done;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code sql}, a {@code copy TABLE (COLUMNS) from stdin} statement (text format, the default). */
    public static CopyRows start(Connection connection, String sql) {
        try {
            return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY could not start: " + e.getMessage(), e);
        }
    }

    public CopyRows text(String value) {
        separate();
        if (value == null) {
            nullValue();
        } else {
            escape(value);
        }
        return this;
    }

    public CopyRows number(Number value) {
        separate();
        if (value == null) {
            nullValue();
        } else if (value instanceof Long || value instanceof Integer) {
            digits(value.longValue());
        } else {
            ascii(value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
        }
        return this;
    }

    /** A whole number (ids, offsets): its digits written straight into the buffer, no string (millions per import). */
    public CopyRows number(long value) {
        separate();
        digits(value);
        return this;
    }

    public CopyRows bool(boolean value) {
        separate();
        room(1);
        buffer[length++] = (byte) (value ? 't' : 'f');
        return this;
    }

    /** A {@code text[]} value: each element double-quoted inside the array literal. */
    public CopyRows textArray(Collection<String> values) {
        separate();
        if (values == null) {
            nullValue();
            return this;
        }
        StringBuilder literal = new StringBuilder("{");
        boolean firstElement = true;
        for (String v : values) {
            if (!firstElement) {
                literal.append(',');
            }
            firstElement = false;
            if (v == null) {
                literal.append("NULL");
            } else {
                literal.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        escape(literal.append('}').toString());
        return this;
    }

    public void endRow() {
        room(1);
        buffer[length++] = '\n';
        first = true;
        rows++;
        if (length >= CHUNK) {
            flush();
        }
    }

    /** Ends the COPY; returns the number of rows the server stored. */
    public long finish() {
        flush();
        try {
            done = true;
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }

    public long rows() {
        return rows;
    }

    /** Cancels a COPY that was not finished (its rows are discarded). */
    @Override
    public void close() {
        if (!done && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction is failing anyway; the caller's exception says why
            }
        }
    }

    private void separate() {
        if (!first) {
            room(1);
            buffer[length++] = '\t';
        }
        first = false;
    }

    private void nullValue() {
        room(2);
        buffer[length++] = '\\';
        buffer[length++] = 'N';
    }

    private void digits(long value) {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        room(20);
        long v = value;
        if (v < 0) {
            buffer[length++] = '-';
            v = -v;
        }
        int from = length;
        do {
            buffer[length++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = from, j = length - 1; i < j; i++, j--) {
            byte b = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = b;
        }
    }

    private void ascii(String value) {
        room(value.length());
        for (int i = 0; i < value.length(); i++) {
            buffer[length++] = (byte) value.charAt(i);
        }
    }

    /**
     * The value in COPY's text format (backslash, tab, newline and carriage return escaped), encoded as UTF-8.
     * The string is encoded first (an intrinsic: a copy for ASCII text) and its bytes scanned: the bytes of a
     * character outside ASCII are all 0x80 or more, so only single-byte characters need a look. A lone
     * surrogate becomes '?', as String.getBytes(UTF_8) replaces it.
     */
    private void escape(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        room(2 * n);
        byte[] out = buffer;
        int at = length;
        for (byte b : bytes) {
            if (b >= 0x20 && b != '\\' || b < 0) {
                out[at++] = b;
            } else {
                byte escaped = switch (b) {
                    case '\\' -> '\\';
                    case '\t' -> 't';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    case 0 -> throw new IllegalArgumentException("a NUL character cannot be stored in PostgreSQL text");
                    default -> 0;
                };
                if (escaped == 0) {
                    out[at++] = b; // another control character: stored as it is
                } else {
                    out[at++] = '\\';
                    out[at++] = escaped;
                }
            }
        }
        length = at;
    }

    /** Makes room for {@code bytes} more bytes. */
    private void room(int bytes) {
        if (length + bytes > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + bytes));
        }
    }

    private void flush() {
        if (length == 0) {
            return;
        }
        try {
            copy.writeToCopy(buffer, 0, length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } finally {
            length = 0;
        }
    }
}
