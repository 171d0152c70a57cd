package org.palermo.patterns;

import java.util.function.Supplier;

import org.palermo.answers.Answer;
import org.palermo.answers.KeptAnswers;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses and their JSON, computed on request from {@code fact_view} and kept until facts or sources change
 * ({@link FactsVersion}, {@link KeptAnswers}): a fact accepted a moment ago is in the next answer. An analysis
 * runs in one repeatable-read snapshot, so its queries agree with each other. The JSON is kept as sent, plain
 * and gzip: the flow matrix is ~3,000 pairs (0.7 MB), and writing and compressing it for every request cost far
 * more than computing it once.
 */
@Component
class PatternAnswers {

    private static final int MAX_ENTRIES = 512;
    private static final long MAX_BYTES = 64L << 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final KeptAnswers kept;

    PatternAnswers(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json, FactsVersion version) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.kept = new KeptAnswers(version, json, MAX_ENTRIES, MAX_BYTES);
    }

    /** An analysis, computed once per data version. */
    <T> Fresh<T> get(String key, Supplier<T> compute) {
        KeptAnswers.Kept<T> k = kept.value(key, () -> snapshot.execute(status -> {
            // enough memory to aggregate a million facts without spilling to disk, for this transaction only
            jdbc.sql("set local work_mem = '64MB'").update();
            return compute.get();
        }));
        return new Fresh<>(k.value(), k.version(), k.computedAt(), k.cached());
    }

    /**
     * The JSON of {@code compute}'s value with its freshness headers, gzip for clients that accept it, 304 for a
     * current If-None-Match. {@code key} names everything the answer depends on besides the data.
     */
    ResponseEntity<byte[]> json(String key, String acceptEncoding, Supplier<?> compute) {
        Answer a = kept.json(key, compute);
        return a.json(acceptEncoding, PatternsWeb.freshness(new Fresh<>(null, a.version(), a.computedAt(), a.cached())));
    }
}
