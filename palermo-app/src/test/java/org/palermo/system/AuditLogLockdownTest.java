package org.palermo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Audit;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log is append-only below the application: whatever SQL reaches the database on the
 * application's own connections (a bug, an injection, a stolen application password) cannot change,
 * remove or stop recording its entries. Only on the embedded server, which Palermo locks down itself;
 * an external server's administrator does the same by hand (README, "Running in production").
 */
@PalermoIntegrationTest
class AuditLogLockdownTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Audit audit;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theApplicationsRoleCannotAlterDisableOrEmptyTheAuditLog() {
        String trail = trail();
        long entries = count();
        assertThat(entries).isPositive();
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("palermo");

        List<String> attempts = List.of(
                "alter table audit_log disable trigger audit_log_no_update",
                "alter table audit_log disable trigger all",
                "drop trigger audit_log_no_update on audit_log",
                "create or replace function audit_log_is_append_only() returns trigger language plpgsql as $$ begin return new; end $$",
                "update audit_log set detail = 'rewritten'",
                "delete from audit_log",
                "truncate audit_log",
                "drop table audit_log",
                "alter table audit_log owner to palermo",
                "alter table audit_log rename to audit_log_old",
                "set session_replication_role = replica",
                "alter role palermo superuser",
                "create role intruder superuser login password 'x'",
                "lock table audit_log in access exclusive mode");
        for (String attempt : attempts) {
            Throwable refused = catchThrowable(() -> tx.executeWithoutResult(s -> jdbc.sql(attempt).update()));
            assertThat(refused).as(attempt).isNotNull();
            String reason = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(refused).getMessage();
            assertThat(reason).as(attempt).containsAnyOf("must be owner", "permission denied");
        }

        // a grant by a role without the right is only a warning, and grants nothing
        jdbc.sql("grant update, delete, truncate on audit_log to palermo").update();
        assertThat(jdbc.sql("select has_table_privilege('audit_log', 'UPDATE, DELETE, TRUNCATE, TRIGGER')").query(Boolean.class).single())
                .isFalse();

        assertThat(trail()).isEqualTo(trail);
        assertThat(count()).isEqualTo(entries);
    }

    @Test
    void aTemporaryTableNamedLikeTheAuditLogDoesNotCatchItsEntries() {
        String target = "test:" + UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            jdbc.sql("create temporary table audit_log (like public.audit_log including defaults) on commit drop").update();
            audit.recordAs("system:test", "test.shadow", target, "written while a temporary audit_log exists");
            assertThat(jdbc.sql("select count(*) from pg_temp.audit_log").query(Long.class).single()).isZero();
        });
        assertThat(jdbc.sql("select count(*) from public.audit_log where target = :t").param("t", target).query(Long.class).single())
                .isEqualTo(1);
    }

    private long count() {
        return jdbc.sql("select count(*) from public.audit_log").query(Long.class).single();
    }

    /** Every entry as it is now: a digest of the whole table in id order. */
    private String trail() {
        return jdbc.sql("select md5(string_agg(a::text, '|' order by id)) from public.audit_log a").query(String.class).single();
    }
}
