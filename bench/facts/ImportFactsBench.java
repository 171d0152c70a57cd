import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.palermo.PalermoApplication;
import org.palermo.documents.SourceType;
import org.palermo.facts.FactImport;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code import facts} against its floor, in the same JVM and database. The import is FactImport.importFiles on
 * an empty schema: index the facts file, read the documents JSONL, check every fact against its document, store
 * sources, documents, paragraphs, runs and facts (COPY, set-based merges, one transaction per batch). The floors
 * are PostgreSQL's COPY of exactly the rows the import stored, dumped from the tables after it, into plain tables
 * of the same columns (no index, no constraint, no trigger) in one transaction: the fact rows alone, and the fact
 * rows together with the document and paragraph rows. And for the record, what the schema itself costs: the same
 * COPY into tables shaped like fact, document and paragraph with their indexes (no trigger). Before each step: a
 * checkpoint, and a wait until no autovacuum worker is busy (the floors' own tables have autovacuum off).
 * Usage: ImportFactsBench FACTS.jsonl DOCS.jsonl [RUNS]; each run: import, dump, floor.
 */
public class ImportFactsBench {

    static final String FACT_COLUMNS = "run_id, document_id, source_id, type, country, org, role, counterpart, forms, victim_groups, "
            + "metric, value, qualifier, unit, period_from, period_to, event, event_date, year, quote, start_offset, end_offset, "
            + "paragraph, confidence, rule, extractor, data, status";
    static final String DOCUMENT_COLUMNS = "id, source_id, title, file_name, media_type, content_sha256, plain_text, country, ingested_by";
    static final String PARAGRAPH_COLUMNS = "document_id, idx, number, anchor, start_offset, end_offset";

    public static void main(String[] args) throws Exception {
        Path facts = Path.of(args[0]);
        Path docs = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path home = Files.createTempDirectory("palermo-bench-facts");
        Path dump = Files.createTempDirectory("palermo-bench-facts-dump");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PalermoApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--palermo.home=" + home, "--palermo.home.delete-on-close=true", "--palermo.demo-data=false",
                        "--logging.level.root=WARN", "--logging.level.org.palermo=WARN")) {
            DataSource ds = ctx.getBean(DataSource.class);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            FactImport importer = ctx.getBean(FactImport.class);
            jdbc.sql("create table bench_fact as select " + FACT_COLUMNS + " from fact with no data").update();
            jdbc.sql("create table bench_document as select " + DOCUMENT_COLUMNS + " from document with no data").update();
            jdbc.sql("create table bench_paragraph as select " + PARAGRAPH_COLUMNS + " from paragraph with no data").update();
            jdbc.sql("create table bench_fact_indexed (like fact including all)").update();
            jdbc.sql("create table bench_document_indexed (like document including all)").update();
            jdbc.sql("create table bench_paragraph_indexed (like paragraph including all)").update();
            // The floors' tables are this benchmark's scratch: autovacuum is off for them, or the vacuum of a million rows
            // copied by one run's floor ran during the next run's import and was counted as the import's database CPU
            // (run 2 of the 23:55 session: 76.8 s against 38.5 s in run 1). The application's own tables keep it, as a
            // user's import does.
            for (String t : List.of("bench_fact", "bench_document", "bench_paragraph", "bench_fact_indexed", "bench_document_indexed",
                    "bench_paragraph_indexed")) {
                jdbc.sql("alter table " + t + " set (autovacuum_enabled = false)").update();
            }
            List<Long> indexedFloors = new ArrayList<>();
            List<Long> imports = new ArrayList<>();
            List<Long> factFloors = new ArrayList<>();
            List<Long> allFloors = new ArrayList<>();
            FactImport.Summary last = null;
            for (int run = 0; run < runs; run++) {
                jdbc.sql("truncate fact_decision, fact, extraction_run, paragraph, document, source, bench_fact, bench_document, "
                        + "bench_paragraph, bench_fact_indexed, bench_document_indexed, bench_paragraph_indexed cascade").update();
                checkpoint(ds, home);
                quiet(ds, home);
                ProcessCpu c0 = ProcessCpu.now(home);
                long t0 = System.nanoTime();
                last = importer.importFiles(List.of(facts), List.of(docs), new FactImport.Options(SourceType.MEDIA, null, null,
                        50_000, 10_000), new FactImport.Listener() {
                    @Override
                    public void problem(String where, String what) {
                        System.err.println("problem: " + where + ": " + what);
                    }
                });
                long t1 = System.nanoTime();
                ProcessCpu importCpu = ProcessCpu.now(home).minus(c0);
                copyOut(ds, "copy (select " + FACT_COLUMNS + " from fact order by id) to stdout", dump.resolve("fact.copy"));
                copyOut(ds, "copy (select " + DOCUMENT_COLUMNS + " from document order by id) to stdout", dump.resolve("document.copy"));
                copyOut(ds, "copy (select " + PARAGRAPH_COLUMNS + " from paragraph) to stdout", dump.resolve("paragraph.copy"));
                checkpoint(ds, home);
                quiet(ds, home);
                long f0;
                long f1;
                long f2;
                ProcessCpu floorCpu;
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    var copy = c.unwrap(PGConnection.class).getCopyAPI();
                    ProcessCpu d0 = ProcessCpu.now(home);
                    f0 = System.nanoTime();
                    try (BufferedReader in = Files.newBufferedReader(dump.resolve("fact.copy"), StandardCharsets.UTF_8)) {
                        copy.copyIn("copy bench_fact from stdin", in);
                    }
                    f1 = System.nanoTime();
                    try (BufferedReader in = Files.newBufferedReader(dump.resolve("document.copy"), StandardCharsets.UTF_8)) {
                        copy.copyIn("copy bench_document from stdin", in);
                    }
                    try (BufferedReader in = Files.newBufferedReader(dump.resolve("paragraph.copy"), StandardCharsets.UTF_8)) {
                        copy.copyIn("copy bench_paragraph from stdin", in);
                    }
                    c.commit();
                    f2 = System.nanoTime();
                    floorCpu = ProcessCpu.now(home).minus(d0);
                }
                checkpoint(ds, home);
                quiet(ds, home);
                long g0;
                long g1;
                ProcessCpu indexedCpu;
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    var copy = c.unwrap(PGConnection.class).getCopyAPI();
                    ProcessCpu e0 = ProcessCpu.now(home);
                    g0 = System.nanoTime();
                    for (String[] t : new String[][] {{"fact", FACT_COLUMNS}, {"document", DOCUMENT_COLUMNS}, {"paragraph", PARAGRAPH_COLUMNS}}) {
                        try (BufferedReader in = Files.newBufferedReader(dump.resolve(t[0] + ".copy"), StandardCharsets.UTF_8)) {
                            copy.copyIn("copy bench_" + t[0] + "_indexed (" + t[1] + ") from stdin", in);
                        }
                    }
                    c.commit();
                    g1 = System.nanoTime();
                    indexedCpu = ProcessCpu.now(home).minus(e0);
                }
                indexedFloors.add((g1 - g0) / 1_000_000);
                imports.add((t1 - t0) / 1_000_000);
                factFloors.add((f1 - f0) / 1_000_000);
                allFloors.add((f2 - f0) / 1_000_000);
                System.out.printf("run %d: import %d ms; floor COPY facts %d ms, facts + documents + paragraphs %d ms; "
                        + "into indexed tables %d ms%n", run + 1, imports.get(run), factFloors.get(run), allFloors.get(run), indexedFloors.get(run));
                System.out.printf("run %d: import %s; floor COPY facts + documents + paragraphs %s; into indexed tables %s; "
                        + "load average %s%n", run + 1, importCpu, floorCpu, indexedCpu, Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
            }
            int stored = jdbc.sql("select count(*) from fact").query(Integer.class).single();
            int documents = jdbc.sql("select count(*) from document").query(Integer.class).single();
            System.out.printf("rows: %d facts, %d documents (report: %d fact lines, %d stored, %d documents, %d sources)%n", stored, documents,
                    last.factLines(), last.factsStored(), last.documentsCreated(), last.sourcesCreated());
            System.out.printf("fact file %.0f MB, documents file %.0f MB; dumped rows: facts %.0f MB, documents %.0f MB%n",
                    Files.size(facts) / 1e6, Files.size(docs) / 1e6, Files.size(dump.resolve("fact.copy")) / 1e6,
                    Files.size(dump.resolve("document.copy")) / 1e6);
            long imp = median(imports);
            System.out.printf("import facts                               median %6d ms  (runs %s)%n", imp, imports);
            System.out.printf("floor: COPY of the same fact rows          median %6d ms  (runs %s)%n", median(factFloors), factFloors);
            System.out.printf("floor: COPY of the same facts + documents  median %6d ms  (runs %s)%n", median(allFloors), allFloors);
            System.out.printf("the same COPY into tables with the schema's indexes  median %6d ms  (runs %s)%n", median(indexedFloors),
                    indexedFloors);
            System.out.println("like with like: every figure is taken in this one warm JVM against this one database, from a checkpoint, "
                    + "and ends with a committed transaction; the import reads and checks the two JSONL files itself, the floors read "
                    + "their rows from the dump files of exactly what it stored (JVM start and the dumps are in no figure)");
            System.out.printf("ratio import / COPY of the fact rows: %.1f; / COPY of facts + documents: %.1f; / COPY into the indexed "
                    + "tables: %.1f%n", (double) imp / Math.max(1, median(factFloors)), (double) imp / Math.max(1, median(allFloors)),
                    (double) imp / Math.max(1, median(indexedFloors)));
        } finally {
            try (var walk = Files.walk(dump)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * A connection as the superuser of this temporary data directory (the application's role may not run CHECKPOINT
     * or see other roles' backends: the embedded server is locked down), with the password its first start wrote.
     */
    static Connection superuser(DataSource ds, Path home) throws Exception {
        java.util.Properties credentials = new java.util.Properties();
        try (var in = Files.newBufferedReader(home.resolve("database.credentials"), StandardCharsets.UTF_8)) {
            credentials.load(in);
        }
        String url;
        try (Connection c = ds.getConnection()) {
            url = c.getMetaData().getURL();
        }
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", credentials.getProperty("admin-user"));
        login.setProperty("password", credentials.getProperty("admin-password"));
        return java.sql.DriverManager.getConnection(url, login);
    }

    /** A checkpoint between the steps, so that no step pays for the previous one's dirty pages (as the superuser). */
    static void checkpoint(DataSource ds, Path home) throws Exception {
        try (Connection admin = superuser(ds, home); var s = admin.createStatement()) {
            s.execute("checkpoint");
        }
    }

    /** Waits (at most a minute) until no autovacuum worker is busy, so that a run does not pay for the one before. */
    static void quiet(DataSource ds, Path home) throws Exception {
        try (Connection admin = superuser(ds, home); var s = admin.createStatement()) {
            for (int i = 0; i < 120; i++) {
                try (var rs = s.executeQuery("select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(500);
            }
            System.out.println("(autovacuum still busy after a minute: this run shares the database with it)");
        }
    }

    static void copyOut(DataSource ds, String sql, Path file) throws Exception {
        try (Connection c = ds.getConnection(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }
}
