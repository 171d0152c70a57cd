package org.palermo.answers;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The version of some data, kept in a one-row table that a database trigger bumps in the same transaction as
 * any change to those data (once per transaction). An answer computed after reading version N holds data at
 * least as new as N, so it may be served for as long as the version is N ({@link KeptAnswers}).
 *
 * <p>The number is read from the database at most every {@value #RECHECK_MILLIS} ms, not on every request:
 * every write transaction committed in this process expires it ({@link #expire()}, called at commit), so the
 * request after a commit reads the new number; a change made by another process on the same database (a
 * command-line import, a second server) is seen within {@value #RECHECK_MILLIS} ms.
 *
 * <p>A module declares its version as a bean: {@code @Component class DataVersion extends LiveVersion}.
 */
public class LiveVersion {

    public static final long RECHECK_MILLIS = 1000;

    /** A number read from the database, when, and which expiry it was read under. */
    private record Read(long version, long atNanos, long expiry) {
    }

    private final JdbcClient jdbc;
    private final String query;
    private final AtomicLong expiries = new AtomicLong();
    private volatile Read last = new Read(-1, 0, -1);

    /** {@code table} has one row with a {@code version bigint} column. */
    protected LiveVersion(JdbcClient jdbc, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.query = "select version from " + table;
    }

    public long current() {
        long expiry = expiries.get();
        Read read = last;
        long now = System.nanoTime();
        if (read.expiry() == expiry && now - read.atNanos() < RECHECK_MILLIS * 1_000_000) {
            return read.version();
        }
        long version = jdbc.sql(query).query(Long.class).single();
        // Read under an expiry that a commit has since passed is not trusted: the next request reads again.
        last = new Read(version, now, expiry);
        return version;
    }

    /** The next {@link #current()} reads the database. */
    public void expire() {
        expiries.incrementAndGet();
    }
}
