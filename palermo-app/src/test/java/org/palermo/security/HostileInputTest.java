package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.accounts.Accounts;
import org.palermo.casedata.CaseRecords;
import org.palermo.caselaw.CaseImport;
import org.palermo.cli.CodeCasesCommand;
import org.palermo.cli.ExtractCommand;
import org.palermo.documents.Documents;
import org.palermo.documents.UnreadableDocumentException;
import org.palermo.documents.Upload;
import org.palermo.patterns.FlowImports;
import org.palermo.statistics.GlotipImport;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.InvalidInputException;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * A slice of the generated hostile corpus ({@link HostileFiles}: every tenth file, about 100, every kind)
 * through every path a file enters by: what {@code ingest}, {@code import glotip|cases|ctdc|flows} call, the
 * stateless {@code extract} and {@code code-cases} commands themselves, and the four upload endpoints. Each
 * file is kept or refused with an error naming it; nothing throws past the edge, no answer is a 5xx, and
 * nothing is left half-written. bench/reliability/run.sh runs the whole corpus through the real commands.
 */
@PalermoIntegrationTest
class HostileInputTest {

    static final int STEP = 10;
    static final int FILES = 1000;
    static final long SEED = 18;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Documents documents;
    @Autowired
    GlotipImport glotip;
    @Autowired
    CaseImport cases;
    @Autowired
    CaseRecords caseRecords;
    @Autowired
    FlowImports flows;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    /** What happened to one file on one path. */
    record Outcome(String path, String file, String kind, String result, String message) {
    }

    /** How long each file took on each path: printed, never asserted (bench/reliability states the limits). */
    final List<Map.Entry<Long, String>> took = new ArrayList<>();

    private void timed(String what, Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        took.add(Map.entry((System.nanoTime() - t0) / 1_000_000, what));
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard for the whole slice, not a measure
    void everyHostileFileIsKeptOrRefusedByNameOnEveryPathAndNothingIsHalfWritten() throws Exception {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        Http.Response created = analyst.postJson("/api/v1/statistics/submissions", "{\"country\": \"TUV\", \"year\": 2019}");
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        long submission = created.json().get("id").asLong();

        List<Outcome> outcomes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (int i = 0; i < FILES; i += STEP) {
            HostileFiles.HostileFile f = HostileFiles.file(i, SEED);
            kinds.add(f.kind());
            Path file = dir.resolve(f.name());
            Files.write(file, f.content());
            // what ./palermo ingest does with each file
            timed("ingest " + f.name(), () -> record(outcomes, failures, "ingest", f, () -> documents.ingest(new Upload(f.name(), f.content(), null, null, null))));
            timed("import glotip " + f.name(), () -> record(outcomes, failures, "import glotip", f, () -> glotip.importFile(f.name(), f.content())));
            timed("import flows " + f.name(), () -> record(outcomes, failures, "import flows", f, () -> flows.importFile(f.name(), f.content(), 2011)));
            record(outcomes, failures, "import ctdc", f, () -> caseRecords.importCtdc(f.name(), new java.io.ByteArrayInputStream(f.content()),
                    new CaseRecords.ImportOptions(null, false, false)));
            record(outcomes, failures, "import cases", f, () -> {
                try (var in = new InputStreamReader(new java.io.ByteArrayInputStream(f.content()), StandardCharsets.UTF_8)) {
                    CaseImport.Report r = f.name().endsWith(".csv") ? cases.importCsv(in, Map.of(), null) : cases.importJsonl(in, null);
                    return r.imported() + " imported, " + r.errors().size() + " lines refused";
                }
            });
            timed("extract " + f.name(), () -> command(outcomes, failures, "extract", f, file, new ExtractCommand()));
            timed("code-cases " + f.name(), () -> command(outcomes, failures, "code-cases", f, file, new CodeCasesCommand()));
            timed("POST documents " + f.name(), () -> upload(outcomes, failures, analyst, "/api/v1/documents", f));
            upload(outcomes, failures, analyst, "/api/v1/statistics/imports", f);
            upload(outcomes, failures, analyst, "/api/v1/statistics/submissions/" + submission + "/spreadsheet", f);
            upload(outcomes, failures, analyst, "/api/v1/case-data/imports", f);
            Files.delete(file);
        }

        Map<String, Map<String, Integer>> byPath = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            byPath.computeIfAbsent(o.path(), k -> new LinkedHashMap<>()).merge(o.result(), 1, Integer::sum);
        }
        took.sort(Map.Entry.<Long, String>comparingByKey().reversed());
        System.out.println("slowest (ms): " + took.subList(0, Math.min(20, took.size())));
        System.out.println("Hostile input slice: " + FILES / STEP + " files of " + kinds.size() + " kinds; " + byPath);
        assertThat(kinds).as("every kind of damage is in the slice").hasSize(HostileFiles.kinds());
        assertThat(failures).as(failures.size() + " of " + outcomes.size()).isEmpty();
        assertThat(outcomes.stream().filter(o -> o.result().equals("refused")).count()).as("most files are refused").isGreaterThan(outcomes.size() / 2);

        // nothing half-written: every document has its paragraphs, every case data set its records and digest
        assertThat(jdbc.sql("select count(*) from document d where not exists (select 1 from paragraph p where p.document_id = d.id)")
                .query(Long.class).single()).as("documents without paragraphs").isZero();
        assertThat(jdbc.sql("select count(*) from case_dataset where content_sha256 is null").query(Long.class).single())
                .as("case data sets left without their digest (an import stopped half-way)").isZero();
        assertThat(jdbc.sql("select count(*) from flow_import i where not exists (select 1 from document d where d.id = i.document_id)")
                .query(Long.class).single()).isZero();
        assertThat(new Http(port).get("/api/v1/health").status()).as("the server is still up").isEqualTo(200);
    }

    interface Step {
        Object run() throws Exception;
    }

    /** A service call: kept, or refused with an exception whose message names the file. Anything else is a failure. */
    private static void record(List<Outcome> outcomes, List<String> failures, String path, HostileFiles.HostileFile f, Step step) {
        try {
            step.run();
            outcomes.add(new Outcome(path, f.name(), f.kind(), "kept", null));
        } catch (InvalidInputException | UnreadableDocumentException | IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            outcomes.add(new Outcome(path, f.name(), f.kind(), "refused", message));
            if (!message.contains(f.name()) && !(e instanceof IllegalArgumentException)) {
                failures.add(path + ": " + f.name() + " refused without naming the file: " + shorten(message));
            }
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            if (e instanceof RuntimeException && e.getClass().getSimpleName().equals("BadRowsException")) {
                String message = String.valueOf(e.getMessage());
                outcomes.add(new Outcome(path, f.name(), f.kind(), "refused", message));
                if (!message.contains(f.name())) {
                    failures.add(path + ": " + f.name() + " refused without naming the file: " + shorten(message));
                }
                return;
            }
            outcomes.add(new Outcome(path, f.name(), f.kind(), "crashed", e.toString()));
            failures.add(path + ": " + f.name() + " (" + f.kind() + ") threw " + shorten(e.toString()));
        }
    }

    /** A stateless command as a user runs it: exit 0 (kept) or 1 (refused, named on stderr); 2 or a throw is a failure. */
    private void command(List<Outcome> outcomes, List<String> failures, String path, HostileFiles.HostileFile f, Path file, Object command) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int exit;
        try {
            exit = cli.execute("--out", dir.resolve("out.jsonl").toString(), file.toString());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failures.add(path + ": " + f.name() + " threw " + shorten(e.toString()));
            return;
        }
        String said = err.toString();
        if (exit == 0) {
            outcomes.add(new Outcome(path, f.name(), f.kind(), "kept", null));
        } else if (exit == 1 && said.contains(f.name())) {
            outcomes.add(new Outcome(path, f.name(), f.kind(), "refused", said));
        } else {
            outcomes.add(new Outcome(path, f.name(), f.kind(), "crashed", said));
            failures.add(path + ": " + f.name() + " (" + f.kind() + ") exit " + exit + ": " + shorten(said));
        }
    }

    /** An upload: 2xx, or a 4xx problem with a detail; never a 5xx, never another body. */
    private static void upload(List<Outcome> outcomes, List<String> failures, Http http, String endpoint, HostileFiles.HostileFile f) {
        String path = "POST " + endpoint.replaceAll("/\\d+/", "/{id}/");
        Http.Response r;
        try {
            r = http.postFile(endpoint, "file", f.name(), f.content());
        } catch (RuntimeException e) {
            failures.add(path + ": " + f.name() + ": the connection failed: " + shorten(e.toString()));
            return;
        }
        String type = r.header("Content-Type") == null ? "" : r.header("Content-Type");
        if (r.status() >= 200 && r.status() < 300) {
            outcomes.add(new Outcome(path, f.name(), f.kind(), "kept", null));
        } else if (r.status() >= 400 && r.status() < 500 && type.startsWith("application/problem+json")
                && r.json().has("detail") && !r.json().get("detail").asString().isBlank()) {
            outcomes.add(new Outcome(path, f.name(), f.kind(), "refused", r.json().get("detail").asString()));
        } else {
            outcomes.add(new Outcome(path, f.name(), f.kind(), "crashed", r.status() + " " + type));
            failures.add(path + ": " + f.name() + " (" + f.kind() + ") answered " + r.status() + " " + type + ": " + shorten(r.body()));
        }
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
