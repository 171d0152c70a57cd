package org.palermo.statistics;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the published statistics, bumped by the database in the same transaction as any
 * change to the observations (V12). Caches serve an answer only for the version it was computed from.
 *
 * <p>The number is read from the database at most every {@value #RECHECK_MILLIS} ms, not on every
 * request: the two writers in this process (an import, a publication) call {@link #changing()} in their
 * transaction, and the next request after their commit reads the new number, so a publication is in
 * the very next answer. A change made by another process on the same database (the command line's
 * {@code import glotip}, a second server) is seen within {@value #RECHECK_MILLIS} ms.
 */
@Component
class DataVersion {

    static final long RECHECK_MILLIS = 1000;

    /** A number read from the database, when, and which expiry it was read under. */
    private record Read(long version, long atNanos, long expiry) {
    }

    private final JdbcClient jdbc;
    private final AtomicLong expiries = new AtomicLong();
    private volatile Read last = new Read(-1, 0, -1);

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        long expiry = expiries.get();
        Read read = last;
        long now = System.nanoTime();
        if (read.expiry() == expiry && now - read.atNanos() < RECHECK_MILLIS * 1_000_000) {
            return read.version();
        }
        long version = jdbc.sql("select version from stat_data_version").query(Long.class).single();
        // Read under an expiry that a commit has since passed is not kept: the next request reads again.
        last = new Read(version, now, expiry);
        return version;
    }

    /** Called inside a transaction that changes observations: once it commits, the next request reads the new number. */
    void changing() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    expiries.incrementAndGet();
                }
            });
        } else {
            expiries.incrementAndGet();
        }
    }
}
