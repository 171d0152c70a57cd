package org.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Ingesting a report fills the review queue; decisions are kept with who and when. */
@PalermoIntegrationTest
class ReviewQueueTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    Http http;
    Http analyst;
    Http reviewer;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        analyst = http.as(TestAccounts.token(accounts, Role.ANALYST));
        reviewer = http.as(TestAccounts.token(accounts, Role.REVIEWER));
    }

    long ingest(String text) {
        Http.Response r = analyst.postFile("/api/v1/documents", "file", "report-" + UUID.randomUUID() + ".txt",
                text.getBytes(StandardCharsets.UTF_8), "source_type", "NGO");
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void theSeedDocumentsArriveWithSuggestedFactsWhoseQuotesAreExact() {
        for (JsonNode d : http.get("/api/v1/documents").json()) {
            if (!d.get("file_name").asString().startsWith("000_")) {
                continue;
            }
            long id = d.get("id").asLong();
            String text = jdbc.sql("select plain_text from document where id = :id").param("id", id).query(String.class).single();
            JsonNode facts = http.get("/api/v1/documents/" + id + "/facts").json();
            assertThat(facts.size()).isGreaterThan(20);
            for (JsonNode f : facts) {
                assertThat(text.substring(f.get("start").asInt(), f.get("end").asInt())).isEqualTo(f.get("quote").asString());
            }
        }
    }

    @Test
    void aNewReportFillsTheQueueAndDecisionsAreKept() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long doc = ingest("Report " + marker + "\n\n12. Lithuania reported that in 2003, 42 investigations had been initiated "
                + "and 62 persons had been prosecuted for trafficking in persons.\n");
        JsonNode queue = reviewer.get("/api/v1/facts?document=" + doc + "&status=SUGGESTED").json();
        assertThat(queue.size()).isGreaterThanOrEqualTo(2);
        JsonNode investigations = find(queue, 42);
        JsonNode prosecuted = find(queue, 62);
        assertThat(investigations.get("country").asString()).isEqualTo("LTU");

        JsonNode accepted = reviewer.postJson("/api/v1/facts/" + investigations.get("id").asLong() + "/decision",
                "{\"decision\":\"ACCEPT\"}").json();
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");

        JsonNode corrected = reviewer.postJson("/api/v1/facts/" + prosecuted.get("id").asLong() + "/decision",
                "{\"decision\":\"CORRECT\",\"corrections\":{\"value\":63,\"metric\":\"persons_charged\"},\"comment\":\"typo\"}").json();
        assertThat(corrected.get("status").asString()).isEqualTo("CORRECTED");
        assertThat(corrected.get("value").asDouble()).isEqualTo(63.0);
        assertThat(corrected.get("metric").asString()).isEqualTo("persons_charged");

        Http.Response bad = reviewer.postJson("/api/v1/facts/" + prosecuted.get("id").asLong() + "/decision",
                "{\"decision\":\"CORRECT\",\"corrections\":{\"metric\":\"bananas\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).contains("'bananas' is not one of");

        Integer decisions = jdbc.sql("select count(*) from fact_decision where fact_id in (:a, :b) and by_user like 'reviewer-%'")
                .param("a", investigations.get("id").asLong()).param("b", prosecuted.get("id").asLong())
                .query(Integer.class).single();
        assertThat(decisions).isEqualTo(2);
        assertThat(http.as(TestAccounts.token(accounts, Role.RESEARCHER))
                .postJson("/api/v1/facts/" + prosecuted.get("id").asLong() + "/decision", "{\"decision\":\"REJECT\"}").status())
                .isEqualTo(403);
    }

    @Test
    void reExtractingTheSameDocumentWithTheSameExtractorAddsNothing() {
        long doc = ingest("1. Ukraine reported that in 2004, 99 persons had been charged with trafficking (" + UUID.randomUUID() + ").\n");
        int before = jdbc.sql("select count(*) from fact where document_id = :d").param("d", doc).query(Integer.class).single();
        assertThat(before).isPositive();
        Http.Response again = analyst.postFile("/api/v1/documents", "file", "again.txt",
                jdbc.sql("select plain_text from document where id = :d").param("d", doc).query(String.class).single()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from fact where document_id = :d").param("d", doc).query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void reExtractionKeepsReviewedFactsAndDoesNotRepeatThem() {
        long doc = ingest("Note " + UUID.randomUUID() + "\n\n8. Ukraine reported that in 2003, 289 cases had been registered "
                + "and 99 persons had been charged.\n");
        JsonNode before = reviewer.get("/api/v1/facts?document=" + doc).json();
        JsonNode first = before.get(0);
        reviewer.postJson("/api/v1/facts/" + first.get("id").asLong() + "/decision", "{\"decision\":\"ACCEPT\"}");
        assertThat(reviewer.postJson("/api/v1/documents/" + doc + "/extract", "").status()).isEqualTo(403);
        Http.Response again = analyst.postJson("/api/v1/documents/" + doc + "/extract", "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("suggestions").asInt()).isEqualTo(before.size() - 1);
        JsonNode live = http.get("/api/v1/documents/" + doc + "/facts").json();
        assertThat(live.size()).isEqualTo(before.size());
        assertThat(reviewer.get("/api/v1/facts/" + first.get("id").asLong()).json().get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void reExtractingAgainWithTheSameExtractorKeepsTheSuggestionsAsTheyAre() {
        long doc = ingest("Note " + UUID.randomUUID() + "\n\n9. Latvia reported that in 2004, 17 persons had been convicted "
                + "and 23 persons had been prosecuted.\n");
        List<Long> before = ids(reviewer.get("/api/v1/facts?document=" + doc).json());
        assertThat(before).isNotEmpty();
        JsonNode again = analyst.postJson("/api/v1/documents/" + doc + "/extract", "").json();
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("superseded").asInt()).isZero();
        assertThat(again.get("suggestions").asInt()).isEqualTo(before.size());
        assertThat(ids(reviewer.get("/api/v1/facts?document=" + doc).json())).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from fact where document_id = :d").param("d", doc).query(Integer.class).single())
                .isEqualTo(before.size());
    }

    private static List<Long> ids(JsonNode facts) {
        List<Long> ids = new java.util.ArrayList<>();
        facts.forEach(f -> ids.add(f.get("id").asLong()));
        return ids.stream().sorted().toList();
    }

    private static JsonNode find(JsonNode facts, double value) {
        for (JsonNode f : facts) {
            if (f.get("type").asString().equals("statistic") && f.get("value").asDouble() == value) {
                return f;
            }
        }
        throw new AssertionError("no statistic with value " + value + " in " + facts);
    }
}
