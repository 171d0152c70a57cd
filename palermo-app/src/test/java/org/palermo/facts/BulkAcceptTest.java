package org.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.accounts.Audit;
import org.palermo.accounts.AuditEntry;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bulk accept takes exactly the undecided suggestions at or above the threshold within the filter, says
 * how many first, is one audit entry, and is undone as a whole.
 */
@PalermoIntegrationTest
class BulkAcceptTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Audit audit;

    Http http;
    Http analyst;
    Http reviewer;
    String reviewerName;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        analyst = http.as(TestAccounts.token(accounts, Role.ANALYST));
        String token = TestAccounts.token(accounts, Role.REVIEWER);
        reviewer = http.as(token);
        reviewerName = reviewer.get("/api/v1/me").json().get("name").asString();
    }

    /** A new report whose statistics get the given confidences, in order of their place in the text. */
    List<Long> reportWithConfidences(double... confidences) {
        String text = "Report " + UUID.randomUUID() + "\n\n3. Latvia reported that in 2006, 11 investigations had been "
                + "initiated, 12 persons had been prosecuted, 13 persons had been convicted, 14 victims had been identified "
                + "and 15 persons had been arrested.\n";
        long doc = analyst.postFile("/api/v1/documents", "file", "lv.txt", text.getBytes(StandardCharsets.UTF_8))
                .json().get("id").asLong();
        List<Long> ids = jdbc.sql("select id from fact where document_id = :d and status = 'SUGGESTED' order by start_offset, id")
                .param("d", doc).query(Long.class).list();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(confidences.length);
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update fact set confidence = :c where id = :id")
                    .param("c", i < confidences.length ? confidences[i] : 0.1).param("id", ids.get(i)).update();
        }
        return ids;
    }

    long documentOf(long fact) {
        return jdbc.sql("select document_id from fact where id = :id").param("id", fact).query(Long.class).single();
    }

    String status(long fact) {
        return reviewer.get("/api/v1/facts/" + fact).json().get("status").asString();
    }

    @Test
    void acceptsExactlyTheUndecidedSuggestionsAtOrAboveTheThresholdWithinTheFilterAndUndoesThem() {
        List<Long> facts = reportWithConfidences(0.95, 0.9, 0.7, 0.92, 0.97);
        List<Long> elsewhere = reportWithConfidences(0.99);
        long doc = documentOf(facts.get(0));
        // decided before the bulk step: rejected at 0.92, accepted at 0.97 — neither may change
        reviewer.postJson("/api/v1/facts/" + facts.get(3) + "/decision", "{\"decision\":\"REJECT\"}");
        reviewer.postJson("/api/v1/facts/" + facts.get(4) + "/decision", "{\"decision\":\"ACCEPT\"}");

        JsonNode preview = reviewer.get("/api/v1/facts/bulk-accept/preview?document=" + doc + "&min_confidence=0.9").json();
        assertThat(preview.get("facts").asInt()).isEqualTo(2);
        assertThat(preview.get("by_rule").get(0).get("rule_accuracy").asString()).isNotBlank();

        Http.Response stale = reviewer.postJson("/api/v1/facts/bulk-accept",
                "{\"document\":" + doc + ",\"min_confidence\":0.9,\"expected\":3}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("now selects 2");
        assertThat(status(facts.get(0))).isEqualTo("SUGGESTED");

        Http.Response done = reviewer.postJson("/api/v1/facts/bulk-accept",
                "{\"document\":" + doc + ",\"min_confidence\":0.9,\"expected\":2}");
        assertThat(done.status()).isEqualTo(201);
        long step = done.json().get("id").asLong();
        assertThat(done.json().get("facts").asInt()).isEqualTo(2);
        assertThat(done.json().get("by").asString()).isEqualTo(reviewerName);
        assertThat(List.of(status(facts.get(0)), status(facts.get(1)), status(facts.get(2)), status(facts.get(3)), status(facts.get(4))))
                .containsExactly("ACCEPTED", "ACCEPTED", "SUGGESTED", "REJECTED", "ACCEPTED");
        assertThat(status(elsewhere.get(0))).as("another document, outside the filter").isEqualTo("SUGGESTED");
        assertThat(ids(reviewer.get("/api/v1/facts/bulk-accept/" + step).json().get("fact_ids")))
                .containsExactly(facts.get(0), facts.get(1));

        AuditEntry entry = audit.find("facts.bulk_accept", reviewerName, 5).get(0);
        assertThat(entry.target()).isEqualTo("bulk:" + step);
        assertThat(entry.after()).contains("\"facts\": 2").contains("\"min_confidence\": 0.9").contains("\"document\": " + doc);
        assertThat(audit.find("fact.accept", reviewerName, 10)).as("one entry for the bulk step, not one per fact").hasSize(1);

        // a bulk-accepted fact decided one by one afterwards keeps that decision through the undo
        reviewer.postJson("/api/v1/facts/" + facts.get(0) + "/decision", "{\"decision\":\"REJECT\"}");
        JsonNode undone = reviewer.postJson("/api/v1/facts/bulk-accept/" + step + "/undo", "").json();
        assertThat(undone.get("restored").asInt()).isEqualTo(1);
        assertThat(undone.get("undone_by").asString()).isEqualTo(reviewerName);
        assertThat(List.of(status(facts.get(0)), status(facts.get(1)), status(facts.get(3)), status(facts.get(4))))
                .containsExactly("REJECTED", "SUGGESTED", "REJECTED", "ACCEPTED");
        AuditEntry undo = audit.find("facts.bulk_undo", reviewerName, 5).get(0);
        assertThat(undo.target()).isEqualTo("bulk:" + step);
        assertThat(undo.after()).contains("\"restored\": 1").contains("\"kept_decided_since\": 1");

        assertThat(reviewer.postJson("/api/v1/facts/bulk-accept/" + step + "/undo", "").status()).isEqualTo(409);
    }

    @Test
    void undoReturnsEveryFactOfTheStepToTheSuggestions() {
        List<Long> facts = reportWithConfidences(0.8, 0.85, 0.3);
        long doc = documentOf(facts.get(0));
        long step = reviewer.postJson("/api/v1/facts/bulk-accept",
                "{\"document\":" + doc + ",\"type\":\"statistic\",\"min_confidence\":0.8}").json().get("id").asLong();
        assertThat(List.of(status(facts.get(0)), status(facts.get(1)), status(facts.get(2))))
                .containsExactly("ACCEPTED", "ACCEPTED", "SUGGESTED");
        assertThat(reviewer.postJson("/api/v1/facts/bulk-accept/" + step + "/undo", "").json().get("restored").asInt())
                .isEqualTo(2);
        assertThat(List.of(status(facts.get(0)), status(facts.get(1)), status(facts.get(2))))
                .containsExactly("SUGGESTED", "SUGGESTED", "SUGGESTED");
        assertThat(reviewer.get("/api/v1/facts/bulk-accept").json().get(0).get("id").asLong()).isEqualTo(step);
    }

    @Test
    void bulkAcceptedFactsAreNotCountedInTheRulesAccuracy() {
        List<Long> facts = reportWithConfidences(0.96);
        long doc = documentOf(facts.get(0));
        JsonNode fact = reviewer.get("/api/v1/facts/" + facts.get(0)).json();
        String rule = fact.get("rule").asString();
        String extractor = fact.get("extractor").asString();
        JsonNode before = figures(rule, extractor);
        long step = reviewer.postJson("/api/v1/facts/bulk-accept", "{\"document\":" + doc + ",\"min_confidence\":0.95}")
                .json().get("id").asLong();
        JsonNode after = figures(rule, extractor);
        assertThat(after.get("accepted").asInt()).isEqualTo(before.get("accepted").asInt());
        assertThat(after.get("accepted_in_bulk").asInt()).isEqualTo(before.get("accepted_in_bulk").asInt() + 1);
        reviewer.postJson("/api/v1/facts/bulk-accept/" + step + "/undo", "");
        assertThat(figures(rule, extractor).get("accepted_in_bulk").asInt()).isEqualTo(before.get("accepted_in_bulk").asInt());
    }

    @Test
    void aThresholdIsRequiredAndTheFilterChecked() {
        Http.Response none = reviewer.postJson("/api/v1/facts/bulk-accept", "{}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("field").asString()).isEqualTo("min_confidence");
        assertThat(reviewer.get("/api/v1/facts/bulk-accept/preview?min_confidence=1.5").status()).isEqualTo(400);
        assertThat(reviewer.get("/api/v1/facts/bulk-accept/preview?min_confidence=0.9&country=XXX").json().get("field").asString())
                .isEqualTo("country");
        assertThat(reviewer.postJson("/api/v1/facts/bulk-accept/999999999/undo", "").status()).isEqualTo(404);
    }

    @Test
    void onlyRolesThatMayAcceptMayAcceptInBulk() {
        List<Long> facts = reportWithConfidences(0.99);
        long doc = documentOf(facts.get(0));
        String body = "{\"document\":" + doc + ",\"min_confidence\":0.5}";
        for (Role role : new Role[] {Role.RESEARCHER, Role.FOCAL_POINT}) {
            Http as = http.as(TestAccounts.token(accounts, role));
            assertThat(as.postJson("/api/v1/facts/bulk-accept", body).status()).isEqualTo(403);
            assertThat(as.get("/api/v1/facts/bulk-accept/preview?min_confidence=0.5").status()).isEqualTo(403);
            assertThat(as.postJson("/api/v1/facts/bulk-accept/1/undo", "").status()).isEqualTo(403);
        }
        assertThat(http.postJson("/api/v1/facts/bulk-accept", body).status()).isEqualTo(401);
        assertThat(status(facts.get(0))).isEqualTo("SUGGESTED");
        assertThat(audit.find("access.refused", null, 20)).anyMatch(e -> e.target().equals("POST /api/v1/facts/bulk-accept"));

        Http.Response byAnalyst = analyst.postJson("/api/v1/facts/bulk-accept", body);
        assertThat(byAnalyst.status()).isEqualTo(201);
        assertThat(status(facts.get(0))).isEqualTo("ACCEPTED");
        analyst.postJson("/api/v1/facts/bulk-accept/" + byAnalyst.json().get("id").asLong() + "/undo", "");
    }

    private JsonNode figures(String rule, String extractor) {
        return reviewer.get("/api/v1/facts/rules?rule=" + Http.q(rule) + "&extractor=" + Http.q(extractor)).json().get(0);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }
}
