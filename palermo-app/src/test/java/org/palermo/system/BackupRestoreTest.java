package org.palermo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.PalermoApplication;
import org.palermo.accounts.Accounts;
import org.palermo.cli.Launcher;
import org.palermo.documents.Documents;
import org.palermo.documents.SourceType;
import org.palermo.documents.Upload;
import org.palermo.support.CommandConsole;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup of the running application's database (the shared test context, with the demo data and a
 * review decision) restored into a new data directory gives back every row of every table, the decision,
 * the accounts' tokens and the audit trail, and the application starts on it and answers as before
 * (the case-law search index is rebuilt on that start). A backup taken while documents keep arriving is
 * one moment of the database: every document in it has its audit entry and the other way round.
 *
 * <p>The backups are restored into embedded servers; the database backed up is the run's (in CI also
 * Debian's PostgreSQL 15 server: a backup of 15 restored into 18).
 */
@PalermoIntegrationTest
class BackupRestoreTest {

    @RegisterExtension
    CommandConsole console = new CommandConsole();

    @Autowired
    DatabaseServer server;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Documents documents;
    @LocalServerPort
    int port;

    @Test
    void aRestoredBackupHasEveryRowAndTheApplicationStartsOnIt() throws Exception {
        String reviewerToken = TestAccounts.token(accounts, Role.REVIEWER);
        Http reviewer = new Http(port).as(reviewerToken);
        String adminToken = TestAccounts.token(accounts, Role.ADMIN);
        long fact = reviewer.get("/api/v1/facts?status=SUGGESTED&type=statistic").json().get(0).get("id").asLong();
        assertThat(reviewer.postJson("/api/v1/facts/" + fact + "/decision", "{\"decision\":\"ACCEPT\"}").status()).isEqualTo(200);
        long debtCases = new Http(port).get("/api/v1/cases?q=debt").json().get("total").asLong();
        assertThat(debtCases).isPositive();

        Map<String, Long> before = counts(jdbc);
        long lastEntry = jdbc.sql("select max(id) from audit_log").query(Long.class).single();
        String trail = trail(jdbc, lastEntry);
        Path file = console.dir().resolve("palermo.backup");

        DatabaseBackup.Written written = DatabaseBackup.backup(server, file);

        assertThat(Files.getPosixFilePermissions(file)).hasSize(2); // rw- for the owner only
        Map<String, Long> inFile = new TreeMap<>();
        written.manifest().tables().forEach(t -> inFile.put(t.name(), t.rows()));
        assertThat(inFile).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'database.backup' and target = 'file:palermo.backup'")
                .query(Long.class).single()).isEqualTo(1);

        Path restored = console.dir().resolve("restored");
        int exit;
        // into a new data directory's embedded server, also when this run's database is an external one
        System.setProperty("palermo.db.url", "");
        try {
            exit = Launcher.run("restore", file.toString(), "--data-dir", restored.toString());
        } finally {
            System.clearProperty("palermo.db.url");
        }
        assertThat(exit).as(console.stderr()).isZero();
        assertThat(console.stdout()).contains("restored " + before.size() + " tables, " + written.manifest().rows() + " rows");
        assertThat(restored.resolve("index")).doesNotExist();

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PalermoApplication.class).logStartupInfo(false)
                .run("--palermo.home=" + restored, "--server.port=0", "--palermo.serve=true", "--palermo.db.url=",
                        "--palermo.db.durable=false", "--logging.level.org.palermo=WARN")) {
            JdbcClient copy = app.getBean(JdbcClient.class);
            Map<String, Long> after = counts(copy);
            // the restore itself is the one entry more in the audit log
            assertThat(after.get("audit_log")).isEqualTo(before.get("audit_log") + 1);
            after.put("audit_log", before.get("audit_log"));
            assertThat(after).isEqualTo(before);
            assertThat(trail(copy, lastEntry)).isEqualTo(trail);
            assertThat(copy.sql("select action from audit_log where id > :id").param("id", lastEntry).query(String.class).list())
                    .containsExactly("database.restore");
            assertThat(copy.sql("select pg_get_userbyid(relowner) from pg_class where oid = 'audit_log'::regclass")
                    .query(String.class).single()).isEqualTo("palermo_audit");

            Http restoredApi = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
            Http sameReviewer = restoredApi.as(reviewerToken);
            assertThat(sameReviewer.get("/api/v1/facts/" + fact).json().get("status").asString()).isEqualTo("ACCEPTED");
            Http.Response decision = restoredApi.as(adminToken).get("/api/v1/audit?action=fact.accept");
            assertThat(decision.status()).isEqualTo(200);
            assertThat(decision.body()).contains("\"fact:" + fact + "\"");
            assertThat(restoredApi.get("/api/v1/cases?q=debt").json().get("total").asLong()).isEqualTo(debtCases);
        }
        assertThat(restored.resolve("index")).isDirectory();
    }

    @Test
    void aBackupTakenWhileDocumentsArriveIsOneMomentOfTheDatabase() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger ingested = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        Thread writer = new Thread(() -> {
            while (!stop.get()) {
                try {
                    String text = "1. A note written during a backup, number " + ingested.get() + " of " + System.nanoTime() + ".\n";
                    documents.ingest(new Upload("during-backup-" + System.nanoTime() + ".txt", text.getBytes(StandardCharsets.UTF_8),
                            SourceType.NGO, null, null));
                    ingested.incrementAndGet();
                } catch (RuntimeException | org.palermo.documents.UnreadableDocumentException e) {
                    failures.add(e);
                    return;
                }
            }
        });
        writer.start();
        Path file = console.dir().resolve("during.backup");
        int atStart;
        int atEnd;
        try {
            while (ingested.get() < 3) {
                Thread.sleep(20);
            }
            atStart = ingested.get();
            DatabaseBackup.backup(server, file);
            atEnd = ingested.get();
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(failures).isEmpty();
        assertThat(atEnd).as("documents arrived while the backup ran").isGreaterThan(atStart);

        try (EmbeddedDatabase db = EmbeddedDatabase.startOrConnect(new PalermoHome(console.dir().resolve("restored")), false)) {
            DatabaseServer copy = DatabaseServer.embedded(db, null);
            DatabaseBackup.restore(copy, file);
            JdbcClient restored = JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
                    new org.postgresql.Driver(), copy.url(), copy.user(), copy.password()));
            long notes = restored.sql("select count(*) from document where file_name like 'during-backup-%'").query(Long.class).single();
            assertThat(notes).isPositive();
            assertThat(restored.sql("""
                    select count(*) from document d
                    where d.file_name like 'during-backup-%'
                      and not exists (select 1 from audit_log a where a.action = 'document.ingest' and a.target = 'document:' || d.id)
                      or d.file_name like 'during-backup-%' and not exists (select 1 from paragraph p where p.document_id = d.id)""")
                    .query(Long.class).single()).as("documents without their audit entry or paragraphs").isZero();
            assertThat(restored.sql("""
                    select count(*) from audit_log a
                    where a.action = 'document.ingest'
                      -- the notes of this test only: other tests of the shared database delete documents by SQL
                      and a.after ->> 'file_name' like 'during-backup-%'
                      and not exists (select 1 from document d where 'document:' || d.id = a.target)""")
                    .query(Long.class).single()).as("audit entries without their document").isZero();
        }
    }

    @Test
    void aRestoreIntoADataDirectoryInUseOrFromAFileThatIsNoBackupIsRefusedInOneLine() throws Exception {
        Path busy = console.dir().resolve("busy");
        Files.createDirectories(busy.resolve("pgdata"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        Path notABackup = console.dir().resolve("notes.backup");
        Files.writeString(notABackup, "not a zip");

        assertThat(Launcher.run("restore", notABackup.toString(), "--data-dir", busy.toString())).isEqualTo(2);
        assertThat(console.stderr().strip()).isEqualTo("palermo restore: " + busy + " is not empty (it holds notes.txt, pgdata):"
                + " a backup is restored only into an empty or new data directory");
        assertThat(Files.readString(busy.resolve("notes.txt"))).isEqualTo("mine");

        console.reset();
        Path empty = console.dir().resolve("empty");
        assertThat(Launcher.run("restore", notABackup.toString(), "--data-dir", empty.toString())).isEqualTo(2);
        assertThat(console.stderr().strip()).hasLineCount(1).startsWith("palermo restore: " + notABackup + ": not a Palermo backup");
        assertThat(empty).doesNotExist();
    }

    /** Rows per table of the application's schema (Flyway's own history aside). */
    static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("""
                select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'
                  and relname <> 'flyway_schema_history'""").query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from public.\"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    private static String trail(JdbcClient jdbc, long upTo) {
        return jdbc.sql("select md5(string_agg(a::text, '|' order by id)) from audit_log a where id <= :id").param("id", upTo)
                .query(String.class).single();
    }
}
