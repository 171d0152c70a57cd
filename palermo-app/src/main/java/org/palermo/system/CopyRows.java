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
    private final StringBuilder buffer = new StringBuilder(CHUNK + 8192);
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
            buffer.append("\\N");
        } else {
            escape(value);
        }
        return this;
    }

    public CopyRows number(Number value) {
        separate();
        buffer.append(value == null ? "\\N" : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
        return this;
    }

    public CopyRows bool(boolean value) {
        separate();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    /** A {@code text[]} value: each element double-quoted inside the array literal. */
    public CopyRows textArray(Collection<String> values) {
        separate();
        if (values == null) {
            buffer.append("\\N");
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
        buffer.append('\n');
        first = true;
        rows++;
        if (buffer.length() >= CHUNK) {
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
            buffer.append('\t');
        }
        first = false;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\0' -> throw new IllegalArgumentException("a NUL character cannot be stored in PostgreSQL text");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }
}
