package org.palermo.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every module's data version follows a write committed in this process at once, and one made elsewhere within seconds. */
@PalermoIntegrationTest
class LiveVersionTest {

    @Autowired
    List<LiveVersion> versions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCommitInThisProcessIsSeenByTheNextRead() {
        assertThat(versions).hasSizeGreaterThanOrEqualTo(2);
        for (String table : List.of("stat_data_version", "patterns_data_version")) {
            long before = versions.stream().mapToLong(LiveVersion::current).sum();
            new TransactionTemplate(transactions).executeWithoutResult(status ->
                    jdbc.sql("update " + table + " set version = version + 1").update());
            assertThat(versions.stream().mapToLong(LiveVersion::current).sum()).as(table).isEqualTo(before + 1);
        }
    }

    @Test
    void aChangeMadeOutsideThisProcessIsSeenWithinSeconds() throws InterruptedException {
        long before = versions.stream().mapToLong(LiveVersion::current).sum();
        jdbc.sql("update patterns_data_version set version = version + 1").update();   // no transaction of ours: as another process
        long deadline = System.nanoTime() + 10 * LiveVersion.RECHECK_MILLIS * 1_000_000;
        while (versions.stream().mapToLong(LiveVersion::current).sum() == before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(versions.stream().mapToLong(LiveVersion::current).sum()).isGreaterThan(before);
    }
}
