package org.palermo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.support.Http;
import org.palermo.support.PalermoProcess;

/**
 * kill -9 in the middle of each kind of write, then the same command again: exact counts, no duplicates,
 * no partial rows, the audit log matching the data, and the PostgreSQL left running by the killed process
 * stopped cleanly by the next one.
 *
 * <p>Every write is one transaction that ends with its audit entry. To kill a process at a known point
 * — its rows written, its transaction not committed — the test holds a SHARE lock on the audit log (as
 * the superuser, from the credentials file), waits until the process's transaction waits for that lock,
 * and then kills the process. Real processes ({@link PalermoProcess}: {@code ./palermo} in its own JVM),
 * one data directory shared by the scenarios in order: ingest (the command owns the database), then
 * {@code import glotip}, {@code import cases}, {@code import ctdc} (while {@code serve} runs: the
 * commands connect to its database), then a submission's figures and a bulk accept over HTTP (the killed
 * process is {@code serve}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledProcessesTest {

    private static final Duration RUN = Duration.ofMinutes(4);
    private static final Pattern RUNNING_AT = Pattern.compile("running at http://localhost:(\\d+)/");

    @TempDir
    static Path dir;
    private Path home;
    private String token;
    private PalermoProcess serve;
    private int port;

    private void prepare() throws Exception {
        if (home != null) {
            return;
        }
        home = dir.resolve("home");
        PalermoProcess user = PalermoProcess.start(dir.resolve("runs"), "user", "add", "fault-analyst", "--role", "ANALYST",
                "--data-dir", home.toString());
        assertThat(user.waitFor(RUN)).as(user.stderr()).isZero();
        List<String> lines = user.stdout().strip().lines().toList();
        token = lines.get(lines.size() - 1).strip();
    }

    @Test
    @Order(1)
    void ingestKilledMidwayThenRunAgain() throws Exception {
        prepare();
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        int files = 24;
        for (int i = 1; i <= files; i++) {
            Files.writeString(reports.resolve("report-%02d.txt".formatted(i)), """
                    Annual report %1$d

                    1. In 2019 the authorities of Ghana identified %2$d victims of trafficking in persons.

                    2. %3$d persons were prosecuted and %4$d persons were convicted of trafficking in 2019.
                    """.formatted(i, 100 + i, 40 + i, 10 + i));
        }
        String[] ingest = {"ingest", "--source-type", "NGO", "--data-dir", home.toString(), reports.toString()};
        PalermoProcess first = PalermoProcess.start(dir.resolve("runs"), ingest);
        first.awaitStdout(out -> out.lines().filter(l -> l.startsWith("ingested ")).count() >= 3, RUN);
        long postmaster;
        try (AuditLock lock = lockAuditLog()) {
            lock.awaitBlockedWriter();
            postmaster = postmasterPid();
            first.kill9();
        }
        assertThat(first.stdout()).doesNotContain(" ingested, ");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("its PostgreSQL is left running").contains(true);

        long committed;
        try (Connection c = admin()) {
            committed = count(c, "select count(*) from document where file_name like 'report-%'");
            assertThat(committed).isBetween(3L, files - 1L);
            assertOneIngestedWhole(c, committed);
        }

        PalermoProcess again = PalermoProcess.start(dir.resolve("runs"), ingest);
        assertThat(again.waitFor(RUN)).as(again.stderr()).isZero();
        assertThat(again.stdout()).contains((files - committed) + " ingested, " + committed + " unchanged, 0 failed")
                .contains("Stopping PostgreSQL (pid " + postmaster + ") left running");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrConnect(new PalermoHome(home));
             Connection c = admin(db.port())) {
            assertOneIngestedWhole(c, files);
            assertThat(count(c, "select count(distinct file_name) from document where file_name like 'report-%'")).isEqualTo(files);
        }
    }

    /** Each document once, with its paragraphs, its facts' run, and exactly one audit entry for each. */
    private static void assertOneIngestedWhole(Connection c, long documents) throws SQLException {
        assertThat(count(c, "select count(*) from document where file_name like 'report-%'")).isEqualTo(documents);
        assertThat(count(c, "select count(*) from document d where file_name like 'report-%'"
                + " and exists (select 1 from paragraph p where p.document_id = d.id)"
                + " and exists (select 1 from extraction_run r where r.document_id = d.id)"
                + " and exists (select 1 from fact f where f.document_id = d.id)")).isEqualTo(documents);
        assertThat(count(c, "select count(*) from audit_log a join document d on a.target = 'document:' || d.id"
                + " where a.action = 'document.ingest' and d.file_name like 'report-%'")).isEqualTo(documents);
        assertThat(count(c, "select count(*) from audit_log a join document d on a.target = 'document:' || d.id"
                + " where a.action = 'facts.extract' and d.file_name like 'report-%'")).isEqualTo(documents);
        assertThat(count(c, "select count(*) from audit_log a where a.action in ('document.ingest', 'facts.extract')"
                + " and not exists (select 1 from document d where a.target = 'document:' || d.id)")).isZero();
    }

    @Test
    @Order(2)
    void glotipImportKilledThenRunAgain() throws Exception {
        startServe();
        Path file = resource("statistics/glotip-raw-sample.csv", "glotip.csv");
        String[] command = {"import", "glotip", "--data-dir", home.toString(), file.toString()};
        long postmaster = postmasterPid();
        Counts before = counts("select count(*) from stat_release", "select count(*) from stat_observation",
                "select count(*) from stat_observation_history", "select count(*) from audit_log where action = 'statistics.import'");

        killWhileWriting(PalermoProcess.start(dir.resolve("runs"), command));
        assertThat(counts(before.queries())).as("nothing of the killed import").isEqualTo(before);

        PalermoProcess again = PalermoProcess.start(dir.resolve("runs"), command);
        int exit = again.waitFor(RUN);
        Matcher release = Pattern.compile("release (\\d+): (\\d+) new, 0 changed, 0 withdrawn, 0 unchanged").matcher(again.stdout());
        assertThat(release.find()).as(again.stdout() + again.stderr()).isTrue();
        Matcher notPlaced = Pattern.compile("(\\d+) rows not placed").matcher(again.stdout());
        assertThat(notPlaced.find()).isTrue();
        assertThat(exit).isEqualTo(Integer.parseInt(notPlaced.group(1)) > 0 ? 1 : 0);
        long inserted = Long.parseLong(release.group(2));
        assertThat(inserted).isPositive();
        assertThat(counts(before.queries())).isEqualTo(before.plus(1, inserted, 0, 1));
        try (Connection c = admin()) {
            assertThat(count(c, "select count(*) from stat_observation where release_id = " + release.group(1))).isEqualTo(inserted);
            assertThat(count(c, "select count(*) from audit_log where action = 'statistics.import' and target = 'stat_release:"
                    + release.group(1) + "'")).isEqualTo(1);
        }
        assertThat(postmasterPid()).as("the commands used serve's database").isEqualTo(postmaster);
    }

    @Test
    @Order(3)
    void caseImportKilledMidwayThenRunAgain() throws Exception {
        startServe();
        Path file = dir.resolve("cases.jsonl");
        try (InputStream in = resourceStream("data/caselaw/cldb-us-dev.jsonl")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(20).toList();
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
        String[] command = {"import", "cases", "--data-dir", home.toString(), file.toString()};
        PalermoProcess first = PalermoProcess.start(dir.resolve("runs"), command);
        try (Connection c = admin()) {
            long deadline = System.nanoTime() + RUN.toNanos();
            while (count(c, "select count(*) from court_decision") < 3 && System.nanoTime() < deadline && first.isAlive()) {
                Thread.sleep(20);
            }
        }
        killWhileWriting(first);
        long committed;
        try (Connection c = admin()) {
            committed = count(c, "select count(*) from court_decision");
            assertThat(committed).isBetween(3L, 19L);
            assertDecisionsWhole(c, committed);
        }

        PalermoProcess again = PalermoProcess.start(dir.resolve("runs"), command);
        assertThat(again.waitFor(RUN)).as(again.stderr()).isZero();
        assertThat(again.stdout()).contains((20 - committed) + " imported, 0 updated, " + committed + " unchanged, 0 failed");
        try (Connection c = admin()) {
            assertDecisionsWhole(c, 20);
            assertThat(count(c, "select count(distinct case_key) from court_decision")).isEqualTo(20);
        }
    }

    /** Each decision once, with its document (one), and one audit entry each. */
    private static void assertDecisionsWhole(Connection c, long decisions) throws SQLException {
        assertThat(count(c, "select count(*) from court_decision")).isEqualTo(decisions);
        assertThat(count(c, "select count(*) from court_decision cd join document d on d.id = cd.document_id")).isEqualTo(decisions);
        assertThat(count(c, "select count(*) from document d join source s on s.id = d.source_id where s.source_type = 'COURT_DECISION'"))
                .isEqualTo(decisions);
        assertThat(count(c, "select count(*) from audit_log a join court_decision cd on a.target = 'case:' || cd.case_key"
                + " where a.action = 'case.import'")).isEqualTo(decisions);
        assertThat(count(c, "select count(*) from audit_log where action = 'case.import'")).isEqualTo(decisions);
    }

    @Test
    @Order(4)
    void ctdcImportKilledThenRunAgain() throws Exception {
        startServe();
        Path file = resource("data/casedata/ctdc_global_2020_distinct_rows_sample.csv", "ctdc.csv");
        long rows = Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank()).count();
        String[] command = {"import", "ctdc", "--data-dir", home.toString(), file.toString()};
        Counts before = counts("select count(*) from case_dataset", "select count(*) from case_record",
                "select count(*) from audit_log where action = 'casedata.import'");

        killWhileWriting(PalermoProcess.start(dir.resolve("runs"), command));
        assertThat(counts(before.queries())).as("nothing of the killed import").isEqualTo(before);

        PalermoProcess again = PalermoProcess.start(dir.resolve("runs"), command);
        assertThat(again.waitFor(RUN)).as(again.stderr()).isZero();
        assertThat(again.stdout()).contains(": " + rows + " records");
        assertThat(counts(before.queries())).isEqualTo(before.plus(1, rows, 1));
    }

    @Test
    @Order(5)
    void aSubmissionsFiguresKilledWithServeThenSentAgain() throws Exception {
        startServe();
        Http analyst = new Http(port).as(token);
        Http.Response created = analyst.postJson("/api/v1/statistics/submissions", "{\"country\": \"GHA\", \"year\": 2021}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String figures = """
                {"values": [
                  {"indicator": "Detected trafficking victims", "dimension": "Total", "category": "Total", "sex": "Total", "age": "Total", "value": "100"},
                  {"indicator": "Detected trafficking victims", "dimension": "Total", "category": "Total", "sex": "Female", "age": "Total", "value": "70"},
                  {"indicator": "Detected trafficking victims", "dimension": "Total", "category": "Total", "sex": "Male", "age": "Total", "value": "30"},
                  {"indicator": "Persons prosecuted", "dimension": "Total", "category": "Total", "sex": "Total", "age": "Total", "value": "20"},
                  {"indicator": "Persons convicted", "dimension": "Total", "category": "Total", "sex": "Total", "age": "Total", "value": "12"},
                  {"indicator": "Detected trafficking victims", "dimension": "by citizenship", "category": "tgo", "sex": "Total", "age": "Total", "value": "4"}
                ]}""";
        String audited = "select count(*) from audit_log where target = 'stat_submission:" + id + "'";
        String values = "select count(*) from stat_submission_value where submission_id = " + id;
        String events = "select count(*) from stat_submission_event where submission_id = " + id;

        killServeWhileWriting(() -> analyst.putJson("/api/v1/statistics/submissions/" + id + "/values", figures));
        try (Connection c = admin()) {
            assertThat(count(c, values)).as("no figure of the killed request").isZero();
            assertThat(count(c, events)).isEqualTo(1);
            assertThat(count(c, audited)).isEqualTo(1);
        }

        startServe();
        Http again = new Http(port).as(token);
        assertThat(again.putJson("/api/v1/statistics/submissions/" + id + "/values", figures).status()).isEqualTo(200);
        assertThat(again.postJson("/api/v1/statistics/submissions/" + id + "/submit", "").json().get("status").asString())
                .isEqualTo("SUBMITTED");
        try (Connection c = admin()) {
            assertThat(count(c, values)).isEqualTo(6);
            assertThat(count(c, events)).isEqualTo(3);
            assertThat(count(c, "select count(*) from stat_submission where country = 'GHA' and year = 2021")).isEqualTo(1);
            assertThat(query(c, "select string_agg(action, ',' order by id) from audit_log where target = 'stat_submission:" + id + "'"))
                    .isEqualTo("statistics.submission.create,statistics.submission.edit,statistics.submission.submit");
        }
    }

    @Test
    @Order(6)
    void aBulkAcceptKilledWithServeThenDoneAgain() throws Exception {
        startServe();
        Http analyst = new Http(port).as(token);
        int selected = analyst.get("/api/v1/facts/bulk-accept/preview?min_confidence=0.5").json().get("facts").asInt();
        assertThat(selected).isPositive();
        Counts before = counts("select count(*) from fact where status = 'SUGGESTED'", "select count(*) from fact where status = 'ACCEPTED'",
                "select count(*) from fact_decision", "select count(*) from fact_bulk_step",
                "select count(*) from audit_log where action = 'facts.bulk_accept'");
        String accept = "{\"min_confidence\": 0.5, \"expected\": " + selected + "}";

        killServeWhileWriting(() -> analyst.postJson("/api/v1/facts/bulk-accept", accept));
        assertThat(counts(before.queries())).as("nothing of the killed step").isEqualTo(before);

        startServe();
        Http.Response done = new Http(port).as(token).postJson("/api/v1/facts/bulk-accept", accept);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        long step = done.json().get("id").asLong();
        assertThat(done.json().get("facts").asInt()).isEqualTo(selected);
        assertThat(counts(before.queries())).isEqualTo(before.plus(-selected, selected, selected, 1, 1));
        try (Connection c = admin()) {
            assertThat(count(c, "select count(*) from fact where bulk_step_id = " + step + " and status = 'ACCEPTED'")).isEqualTo(selected);
            assertThat(count(c, "select count(*) from fact_decision where bulk_step_id = " + step)).isEqualTo(selected);
            assertThat(count(c, "select count(*) from audit_log where action = 'facts.bulk_accept' and target = 'bulk:" + step + "'"))
                    .isEqualTo(1);
        }
    }

    @AfterAll
    void stopServe() {
        if (serve != null) {
            serve.close();
        }
    }

    // ---- killing at a known point ----

    /** Holds the audit log so that the command's transaction waits on it, then kills the command. */
    private void killWhileWriting(PalermoProcess command) throws Exception {
        try (AuditLock lock = lockAuditLog()) {
            lock.awaitBlockedWriter();
            command.kill9();
        }
        assertThat(command.isAlive()).isFalse();
    }

    /** Sends a request to serve, holds the audit log so that its transaction waits, and kills serve. */
    private void killServeWhileWriting(java.util.function.Supplier<Http.Response> request) throws Exception {
        long postmaster = postmasterPid();
        try (AuditLock lock = lockAuditLog()) {
            CompletableFuture<Object> sent = CompletableFuture.supplyAsync(() -> {
                try {
                    return request.get();
                } catch (RuntimeException e) {
                    return e;
                }
            });
            lock.awaitBlockedWriter();
            serve.kill9();
            assertThat(sent.get()).as("the request got no answer").isNotInstanceOf(Http.Response.class);
        }
        serve = null;
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("its PostgreSQL is left running").contains(true);
    }

    private void startServe() throws Exception {
        prepare();
        if (serve != null) {
            return;
        }
        long orphan = Files.exists(home.resolve("pgdata/postmaster.pid")) ? postmasterPid() : -1;
        serve = PalermoProcess.start(dir.resolve("runs"), "serve", "--port", "0", "--data-dir", home.toString());
        serve.awaitStdout(out -> RUNNING_AT.matcher(out).find(), RUN);
        Matcher m = RUNNING_AT.matcher(serve.stdout());
        assertThat(m.find()).isTrue();
        port = Integer.parseInt(m.group(1));
        if (orphan > 0) {
            assertThat(serve.stdout()).contains("Stopping PostgreSQL (pid " + orphan + ") left running");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    private final class AuditLock implements AutoCloseable {
        private final Connection holder;

        AuditLock() throws Exception {
            holder = admin();
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("lock table public.audit_log in share mode");
            }
        }

        /** Until some other session waits for this lock to insert its audit entry. */
        void awaitBlockedWriter() throws Exception {
            try (Connection watcher = admin()) {
                long deadline = System.nanoTime() + RUN.toNanos();
                while (System.nanoTime() < deadline) {
                    if (count(watcher, """
                            select count(*) from pg_stat_activity
                            where wait_event_type = 'Lock' and query ilike '%insert into public.audit_log%'""") > 0) {
                        return;
                    }
                    Thread.sleep(20);
                }
            }
            throw new AssertionError("no transaction came to write the audit log");
        }

        @Override
        public void close() throws SQLException {
            holder.rollback();
            holder.close();
        }
    }

    private AuditLock lockAuditLog() throws Exception {
        return new AuditLock();
    }

    // ---- the database, as the superuser (the credentials file is the test's key, as it is a user's) ----

    private Connection admin() throws Exception {
        return admin(Integer.parseInt(Files.readAllLines(home.resolve("server-owner")).get(1).strip()));
    }

    private Connection admin(int port) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", DatabaseCredentials.ADMIN_USER);
        p.setProperty("password", DatabaseCredentials.read(new PalermoHome(home)).orElseThrow().adminPassword());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid")).get(0).strip());
    }

    private record Counts(List<String> queries, List<Long> values) {
        Counts plus(long... deltas) {
            List<Long> next = new java.util.ArrayList<>(values);
            for (int i = 0; i < deltas.length; i++) {
                next.set(i, next.get(i) + deltas[i]);
            }
            return new Counts(queries, next);
        }
    }

    private Counts counts(String... queries) throws Exception {
        return counts(List.of(queries));
    }

    private Counts counts(List<String> queries) throws Exception {
        try (Connection c = admin()) {
            List<Long> values = new java.util.ArrayList<>();
            for (String q : queries) {
                values.add(count(c, q));
            }
            return new Counts(queries, values);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        return Long.parseLong(query(c, sql));
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Path resource(String name, String as) throws IOException {
        Path file = dir.resolve(as);
        try (InputStream in = resourceStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static InputStream resourceStream(String name) {
        InputStream in = KilledProcessesTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
