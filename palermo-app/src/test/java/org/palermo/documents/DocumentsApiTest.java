package org.palermo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.system.Role;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PalermoIntegrationTest
class DocumentsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void listsTheFiveBundledUnDocumentsWithTheirParagraphs() {
        JsonNode docs = http.get("/api/v1/documents").json();
        List<String> seeds = new ArrayList<>();
        for (JsonNode d : docs) {
            if (d.get("file_name").asString().matches("00[0-4]_[0-9a-f]{16}\\.txt")) {
                seeds.add(d.get("file_name").asString());
                assertThat(d.get("paragraphs").asInt()).isGreaterThan(20);
                assertThat(d.get("source_type").asString()).isEqualTo("INTERNATIONAL_ORGANISATION");
                assertThat(d.get("title").asString()).isNotBlank();
            }
        }
        assertThat(seeds).hasSize(5);
    }

    @Test
    void oneDocumentHasNumberedParagraphsWhoseOffsetsPointIntoItsText() {
        long id = idOf("000_d14f16574e34a7cb.txt");
        JsonNode doc = http.get("/api/v1/documents/" + id).json();
        JsonNode p21 = null;
        for (JsonNode p : doc.get("paragraphs")) {
            if ("21".equals(p.path("number").asString(null))) {
                p21 = p;
            }
        }
        assertThat(p21).isNotNull();
        assertThat(p21.get("text").asString()).startsWith("21. Ukraine reported");
        String text = jdbc.sql("select plain_text from document where id = :id").param("id", id).query(String.class).single();
        assertThat(text.substring(p21.get("start").asInt(), p21.get("end").asInt())).isEqualTo(p21.get("text").asString());
    }

    @Test
    void unknownAndMalformedIdsAreProblemsNotErrors() {
        Http.Response missing = http.get("/api/v1/documents/987654");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().get("detail").asString()).contains("987654");
        Http.Response bad = http.get("/api/v1/documents/not-a-number");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aMissingDocumentPageIsA404PageNotAnError() {
        Http.Response page = http.get("/documents/987654");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("No document with id 987654").contains("<html");
        assertThat(http.get("/documents/abc").status()).isEqualTo(400);
    }

    @Test
    void uploadNeedsAnAnalystAndTheSameContentTwiceChangesNothing() {
        byte[] content = ("1. A report " + UUID.randomUUID() + ".\n\n2. Nigerian women were trafficked to Italy.\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(http.postFile("/api/v1/documents", "file", "r.txt", content).status()).isEqualTo(401);
        String researcher = TestAccounts.token(accounts, Role.RESEARCHER);
        assertThat(http.as(researcher).postFile("/api/v1/documents", "file", "r.txt", content).status()).isEqualTo(403);

        Http analyst = http.as(TestAccounts.token(accounts, Role.ANALYST));
        int before = http.get("/api/v1/documents").json().size();
        Http.Response created = analyst.postFile("/api/v1/documents", "file", "../../etc/r.txt", content, "source_type", "NGO");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("file_name").asString()).isEqualTo("r.txt");
        assertThat(created.json().get("source_type").asString()).isEqualTo("NGO");
        assertThat(created.json().get("paragraphs")).hasSize(2);

        Http.Response again = analyst.postFile("/api/v1/documents", "file", "copy.txt", content);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(created.json().get("id").asLong());
        assertThat(http.get("/api/v1/documents").json().size()).isEqualTo(before + 1);
    }

    @Test
    void anUnreadableUploadIsA400NamingTheFileAndLeavesNothing() {
        Http analyst = http.as(TestAccounts.token(accounts, Role.ANALYST));
        int before = http.get("/api/v1/documents").json().size();
        byte[] binary = new byte[2048];
        new java.util.Random(3).nextBytes(binary);
        Http.Response r = analyst.postFile("/api/v1/documents", "file", "noise.txt", binary);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).isEqualTo("noise.txt: binary content, not text");
        Http.Response type = analyst.postFile("/api/v1/documents", "file", "x.txt", "hello world text".getBytes(StandardCharsets.UTF_8),
                "source_type", "BLOG");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().get("detail").asString()).contains("Unknown source type 'BLOG'");
        assertThat(http.get("/api/v1/documents").json().size()).isEqualTo(before);
    }

    @Test
    void scriptInDocumentTextIsShownAsTextInTheReader() {
        Http analyst = http.as(TestAccounts.token(accounts, Role.ANALYST));
        String marker = UUID.randomUUID().toString();
        byte[] content = ("1. <script>alert('" + marker + "')</script> and <b>bold</b>\n").getBytes(StandardCharsets.UTF_8);
        long id = analyst.postFile("/api/v1/documents", "file", "xss.txt", content).json().get("id").asLong();
        String page = http.get("/documents/" + id).body();
        assertThat(page).doesNotContain("<script>alert('" + marker).contains("&lt;script&gt;alert(&#39;" + marker);
    }

    private long idOf(String fileName) {
        for (JsonNode d : http.get("/api/v1/documents").json()) {
            if (d.get("file_name").asString().equals(fileName)) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("no document " + fileName);
    }

    @Test
    void theSameReportUploadedByEightAnalystsAtOnceIsStoredOnceAndEveryoneGetsIt() throws Exception {
        byte[] content = ("1. A report sent by several people at once, " + UUID.randomUUID() + ".\n").getBytes(StandardCharsets.UTF_8);
        Http analyst = http.as(TestAccounts.token(accounts, Role.ANALYST));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return analyst.postFile("/api/v1/documents", "file", "same-" + n + ".txt", content);
                }));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (java.util.concurrent.Future<Http.Response> a : answers) {
                Http.Response r = a.get();
                assertThat(r.status()).as(r.body()).isBetween(200, 201);
                ids.add(r.json().get("id").asLong());
            }
            assertThat(ids).as("every upload answered with the one stored document").containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reportsOfOneNewSourceUploadedAtOnceAreAllStoredUnderThatOneSource() throws Exception {
        String source = "Shelter network " + UUID.randomUUID();
        Http analyst = http.as(TestAccounts.token(accounts, Role.ANALYST));
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(16);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                byte[] content = ("1. Monthly report " + i + " of the shelters, " + UUID.randomUUID() + ".\n").getBytes(StandardCharsets.UTF_8);
                int n = i;
                answers.add(pool.submit(() -> {
                    together.await();
                    return analyst.postFile("/api/v1/documents", "file", "month-" + n + ".txt", content, "source", source);
                }));
            }
            for (java.util.concurrent.Future<Http.Response> a : answers) {
                Http.Response r = a.get();
                assertThat(r.status()).as(r.body()).isEqualTo(201);
            }
            long stored = 0;
            for (JsonNode d : http.get("/api/v1/documents").json()) {
                if (source.equals(d.get("source").asString())) {
                    stored++;
                }
            }
            assertThat(stored).isEqualTo(16);
            assertThat(jdbc.sql("select count(*) from source where name = :n").param("n", source).query(Long.class).single())
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
