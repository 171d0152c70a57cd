package org.palermo.patterns;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analyses are computed on request from {@code fact_view} and kept until the data change. The data
 * version and the analysis are read in one repeatable-read snapshot, so an entry is valid for exactly
 * the version it carries: a fact accepted a moment ago bumps the version and the next request
 * recomputes. Concurrent requests for the same missing entry compute it once.
 */
@Component
class LiveCache {

    private static final int MAX_ENTRIES = 256;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final Map<String, Fresh<?>> entries = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Fresh<?>> eldest) {
                    return size() > MAX_ENTRIES;
                }
            });
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    LiveCache(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** The current data version (committed changes to facts and sources). */
    long version() {
        return jdbc.sql("select version from patterns_data_version").query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    <T> Fresh<T> get(String key, Supplier<T> compute) {
        Fresh<?> hit = entries.get(key);
        if (hit != null && hit.dataVersion() == version()) {
            return new Fresh<>((T) hit.value(), hit.dataVersion(), hit.computedAt(), true);
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            return snapshot.execute(status -> {
                // enough memory to aggregate a million facts without spilling to disk, for this transaction only
                jdbc.sql("set local work_mem = '64MB'").update();
                long version = version();
                Fresh<?> again = entries.get(key);
                if (again != null && again.dataVersion() == version) {
                    return new Fresh<>((T) again.value(), version, again.computedAt(), true);
                }
                Fresh<T> fresh = new Fresh<>(compute.get(), version, Instant.now(), false);
                entries.put(key, fresh);
                return fresh;
            });
        }
    }

    void clear() {
        entries.clear();
    }
}
