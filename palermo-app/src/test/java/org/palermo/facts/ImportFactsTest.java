package org.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.accounts.Accounts;
import org.palermo.cli.Launcher;
import org.palermo.documents.NewDocument;
import org.palermo.documents.SourceType;
import org.palermo.documents.Sources;
import org.palermo.support.CommandConsole;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.DatabaseServer;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./palermo import facts}: what {@code extract} wrote, loaded with its documents, is in the review queue and the
 * citation index at once; a second import changes nothing; bad lines are named by file and line and keep their
 * document out; a batch that fails leaves nothing.
 */
@PalermoIntegrationTest
class ImportFactsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    CommandConsole console = new CommandConsole();
    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseServer server;
    @Autowired
    FactImport importer;
    @Autowired
    FactBatches batches;

    @Test
    void extractedFactsLoadedWithTheirDocumentsReachTheReviewQueueAndTheCitationIndexAndLoadingTwiceChangesNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path docs = console.dir().resolve("docs.jsonl");
        List<Map<String, Object>> inputs = List.of(
                doc("import-" + tag + "-1", "Report " + tag + "\n\nNigerian women were trafficked to Italy for sexual exploitation. "
                        + "In 2021 the police identified 57 victims of trafficking.", "NGA"),
                doc("import-" + tag + "-2", "Bulletin " + tag + "\n\n12. Lithuania reported that in 2003, 42 investigations had been "
                        + "initiated and 62 persons had been prosecuted for trafficking in persons.", "LTU"),
                doc("import-" + tag + "-3", "A note " + tag + " that holds no figure at all.", null));
        Files.write(docs, inputs.stream().map(JSON::writeValueAsString).toList(), StandardCharsets.UTF_8);
        Path facts = console.dir().resolve("facts.jsonl");
        assertThat(Launcher.run("extract", "--out", facts.toString(), docs.toString())).isZero();
        List<JsonNode> lines = Files.readAllLines(facts).stream().map(JSON::readTree).toList();
        JsonNode role = lines.stream().filter(f -> f.get("type").asString().equals("country_role")).findFirst().orElseThrow();
        assertThat(lines).anySatisfy(f -> assertThat(f.get("type").asString()).isEqualTo("statistic"));

        Http researcher = new Http(port).as(TestAccounts.token(accounts, Role.RESEARCHER));
        Http reviewer = new Http(port).as(TestAccounts.token(accounts, Role.REVIEWER));
        String index = "/api/v1/citation-index?basis=all&role=" + role.get("role").asString();
        int before = sources(researcher.get(index).json(), role.get("country").asString());

        int exit = importFacts(facts, docs, "--source", "Import test " + tag, "--source-type", "NGO");
        assertThat(exit).as(console.stderr()).isZero();
        assertThat(console.stdout()).contains(lines.size() + " fact lines in 1 files; 3 documents read: 3 new");

        for (Map<String, Object> input : inputs) {
            String key = (String) input.get("id");
            long id = jdbc.sql("select id from document where file_name = :k").param("k", key).query(Long.class).single();
            JsonNode queue = reviewer.get("/api/v1/facts?status=SUGGESTED&document=" + id).json();
            Set<String> stored = new HashSet<>();
            queue.forEach(f -> stored.add(identity(f)));
            Set<String> written = new HashSet<>();
            lines.stream().filter(f -> f.get("doc").asString().equals(key)).forEach(f -> written.add(identity(f)));
            assertThat(stored).as(key).isEqualTo(written);
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (sources(researcher.get(index).json(), role.get("country").asString()) == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(sources(researcher.get(index).json(), role.get("country").asString()))
                .as("the new source cites " + role.get("country").asString()).isEqualTo(before + 1);

        String counts = """
                select (select count(*) from document) || '/' || (select count(*) from fact) || '/' || (select count(*) from source)
                       || '/' || (select count(*) from audit_log)""";
        String was = jdbc.sql(counts).query(String.class).single();
        console.reset();
        assertThat(importFacts(facts, docs, "--source", "Import test " + tag, "--source-type", "NGO")).isZero();
        assertThat(console.stdout()).contains("3 documents read: 0 new, 3 already stored; 0 sources new; 0 facts stored");
        assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(was);
    }

    @Test
    void badLinesAreNamedByFileAndLineAndKeepTheirDocumentOut() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String good = "Lithuania reported 42 investigations in 2003. " + tag;
        String other = "Latvia reported 17 prosecutions in 2004. " + tag;
        Path docs = console.dir().resolve("docs.jsonl");
        Files.write(docs, List.of(JSON.writeValueAsString(doc("good-" + tag, good, null)),
                JSON.writeValueAsString(doc("other-" + tag, other, null))), StandardCharsets.UTF_8);
        Path facts = console.dir().resolve("facts.jsonl");
        Files.write(facts, List.of(
                fact("good-" + tag, good, "42 investigations", "LTU"),
                "{\"doc\": \"other-" + tag + "\", \"type\": ",
                fact("other-" + tag, other, "17 prosecutions", "LVA").replace("\"start\":16", "\"start\":15"),
                fact("other-" + tag, other, "2004", "LVA"),
                fact("gone-" + tag, good, "2003", "LTU")), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        FactImport.Summary s = importer.importFiles(List.of(facts), List.of(docs), new FactImport.Options(SourceType.NGO,
                "Bad lines " + tag, null, 50_000, 10_000), new FactImport.Listener() {
            @Override
            public void problem(String where, String what) {
                problems.add(where + ": " + what);
            }
        });
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(facts + " line 2: not valid JSON"))
                .anySatisfy(p -> assertThat(p).startsWith(facts + " line 3: the quote is not the document's text at 15–31"))
                .anySatisfy(p -> assertThat(p).contains("document 'other-" + tag + "' not loaded"))
                .anySatisfy(p -> assertThat(p).startsWith("document 'gone-" + tag + "'").contains("not among the documents given"));
        assertThat(s.badLines()).isEqualTo(2);
        assertThat(s.missingDocuments()).isEqualTo(1);
        assertThat(s.factsStored()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from document where file_name = :k").param("k", "other-" + tag).query(Integer.class).single())
                .as("a document with a bad fact line is not half-loaded").isZero();
        assertThat(jdbc.sql("select count(*) from fact f join document d on d.id = f.document_id where d.file_name = :k")
                .param("k", "good-" + tag).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBatchThatFailsLeavesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Sources.NewSource source = new Sources.NewSource("Failing batch " + tag, SourceType.NGO, null, null, null, null);
        NewDocument first = NewDocument.ofText("first-" + tag, null, "Lithuania reported 42 investigations. " + tag, null, source);
        NewDocument second = NewDocument.ofText("second-" + tag, null, "Somewhere reported 7 victims. " + tag, null, source);
        NewFact good = new NewFact("statistic", "LTU", null, null, null, null, null, "investigations", 42.0, null, null, null, null,
                null, null, null, "42 investigations", 19, 36, null, 0.9, "test", "test/1", Map.of());
        // the database refuses an unknown country code: the whole batch must go, the first document with it
        NewFact refused = new NewFact("statistic", "ZZZ", null, null, null, null, null, "victims_identified", 7.0, null, null, null,
                null, null, null, null, "7 victims", 19, 28, null, 0.9, "test", "test/1", Map.of());
        assertThatThrownBy(() -> batches.store(List.of(
                new FactBatches.DocumentRun(first, "test/1", List.of(new FactBatches.FactToStore(good, null))),
                new FactBatches.DocumentRun(second, "test/1", List.of(new FactBatches.FactToStore(refused, null)))))).isNotNull();
        assertThat(jdbc.sql("select count(*) from document where file_name like :k").param("k", "%-" + tag).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from source where name = :n").param("n", source.name()).query(Integer.class).single()).isZero();
    }

    private int importFacts(Path facts, Path docs, String... options) {
        List<String> args = new ArrayList<>(List.of("import", "facts", facts.toString(), "--docs", docs.toString()));
        args.addAll(List.of(options));
        // the embedded server is locked down (a password for every role): the command connects as the application does
        System.setProperty("palermo.db.url", server.url());
        System.setProperty("palermo.db.user", server.user());
        System.setProperty("palermo.db.password", server.password());
        try {
            return Launcher.run(args.toArray(String[]::new));
        } finally {
            System.clearProperty("palermo.db.url");
            System.clearProperty("palermo.db.user");
            System.clearProperty("palermo.db.password");
        }
    }

    private static Map<String, Object> doc(String id, String text, String country) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("text", text);
        d.put("country", country);
        return d;
    }

    /** A statistic as extract writes it, quoting {@code quote} where it first occurs in {@code text}. */
    private static String fact(String doc, String text, String quote, String country) {
        int start = text.indexOf(quote);
        return "{\"doc\":\"" + doc + "\",\"type\":\"statistic\",\"country\":\"" + country + "\",\"org\":null,\"period\":null,"
                + "\"metric\":\"other\",\"value\":1,\"qualifier\":null,\"unit\":null,\"quote\":\"" + quote + "\",\"start\":" + start
                + ",\"end\":" + (start + quote.length()) + ",\"paragraph\":null,\"confidence\":0.9,\"rule\":\"test\",\"extractor\":\"test/1\"}";
    }

    private static String identity(JsonNode f) {
        return f.get("type").asString() + "|" + f.get("quote").asString() + "|" + f.get("start").asInt() + "|" + f.get("end").asInt();
    }

    private static int sources(JsonNode index, String country) {
        for (JsonNode row : index) {
            if (row.get("country").asString().equals(country)) {
                return row.get("sources").asInt();
            }
        }
        return 0;
    }
}
