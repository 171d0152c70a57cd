package org.palermo.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.palermo.text.CsvReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bundled reference and demo data, loaded once: each part runs in one transaction together with the
 * row that marks it loaded, so a start that fails half-way leaves nothing and the next start retries.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean demoEnabled;

    DemoData(JdbcClient jdbc, TransactionTemplate tx, @Value("${palermo.demo-data:true}") boolean demoEnabled) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.demoEnabled = demoEnabled;
    }

    /** Reference data every command needs (countries): loaded whatever the mode. */
    public void loadReferenceOnce(String part, Supplier<String> loader) {
        load(part, loader);
    }

    /** Demo data: loaded on the first start of the server, not by one-off commands. */
    public void loadOnce(String part, Supplier<String> loader) {
        if (demoEnabled) {
            load(part, loader);
        }
    }

    public boolean isLoaded(String part) {
        return jdbc.sql("select exists (select 1 from demo_data where part = :p)").param("p", part).query(Boolean.class).single();
    }

    private void load(String part, Supplier<String> loader) {
        tx.executeWithoutResult(status -> {
            // One loader at a time per part, even when two processes start together.
            jdbc.sql("select pg_advisory_xact_lock(hashtext(:p))").param("p", part).query(Object.class).single();
            if (isLoaded(part)) {
                return;
            }
            long t0 = System.nanoTime();
            String detail = loader.get();
            jdbc.sql("insert into demo_data (part, detail) values (:p, :d)").param("p", part).param("d", detail).update();
            log.info("Loaded {}: {} ({} ms)", part, detail, (System.nanoTime() - t0) / 1_000_000);
        });
    }

    /** The bytes of a bundled resource; a missing one is a broken build, said by name. */
    public static byte[] bytes(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a bundled CSV resource, header skipped. */
    public static List<List<String>> csv(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + resource);
            }
            List<List<String>> rows = CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            return rows.isEmpty() ? rows : rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
