package org.palermo.caselaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.accounts.Audit;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The coder's labels as review items over real HTTP: each rule's record counts accepted, corrected and
 * rejected labels as they are decided, bulk accept takes exactly the previewed labels and can be undone.
 * (These decisions never contain the word "debt": CaseSearchApiTest counts it.)
 */
@PalermoIntegrationTest
class CaseReviewApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Audit audit;

    private String upload(Http analyst, String jurisdiction, String text) {
        String key = "RV-" + UUID.randomUUID().toString().substring(0, 8);
        String line = "{\"id\":\"" + key + "\",\"jurisdiction\":\"" + jurisdiction + "\",\"text\":\"" + text + "\"}\n";
        Http.Response r = analyst.postFile("/api/v1/cases/imports", "file", "r.jsonl", line.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return key;
    }

    private static JsonNode label(JsonNode decision, String field) {
        for (JsonNode c : decision.get("coding")) {
            if (c.get("field").asString().equals(field)) {
                return c;
            }
        }
        throw new AssertionError("no " + field + " in " + decision);
    }

    private static JsonNode rule(Http reviewer, String rule) {
        JsonNode rows = reviewer.get("/api/v1/cases/coding-rules?rule=" + Http.q(rule)).json();
        assertThat(rows.size()).isEqualTo(1);
        return rows.get(0);
    }

    @Test
    void eachDecisionCountsForItsRule() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        Http reviewer = new Http(port).as(TestAccounts.token(accounts, Role.REVIEWER));
        String a = upload(analyst, "USA", "The defendant recruited a 15-year-old girl in Dallas and advertised her for sex online.");
        String b = upload(analyst, "USA", "The defendant forced two farm workers to pick oranges without pay.");
        String c = upload(analyst, "USA", "The defendant held a 16-year-old girl in his apartment and sold her to customers.");
        JsonNode before = rule(reviewer, "case.minors_involved");

        long accept = label(analyst.get("/api/v1/cases/" + a).json(), "minors_involved").get("id").asLong();
        assertThat(reviewer.postJson("/api/v1/cases/" + a + "/coding/" + accept + "/accept", "").status()).isEqualTo(200);
        long reject = label(analyst.get("/api/v1/cases/" + b).json(), "minors_involved").get("id").asLong();
        assertThat(reviewer.postJson("/api/v1/cases/" + b + "/coding/" + reject + "/reject", "").status()).isEqualTo(200);
        Http.Response corrected = reviewer.putJson("/api/v1/cases/" + c + "/coding/minors_involved", "{\"values\":[\"false\"]}");
        assertThat(corrected.status()).isEqualTo(200);

        JsonNode after = rule(reviewer, "case.minors_involved");
        assertThat(after.get("accepted").asLong()).isEqualTo(before.get("accepted").asLong() + 1);
        assertThat(after.get("rejected").asLong()).isEqualTo(before.get("rejected").asLong() + 1);
        assertThat(after.get("corrected").asLong()).isEqualTo(before.get("corrected").asLong() + 1);
        long decided = after.get("decided").asLong();
        assertThat(after.get("accuracy").asDouble()).isEqualTo((double) after.get("accepted").asLong() / decided);
        assertThat(after.get("summary").asString()).contains("accepted", "corrected", "rejected");

        JsonNode queue = reviewer.get("/api/v1/cases/review?status=CORRECTED&field=minors_involved").json();
        assertThat(queue.findValuesAsString("case")).contains(c);
    }

    @Test
    void bulkAcceptTakesThePreviewedLabelsAndIsUndone() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        Http reviewer = new Http(port).as(TestAccounts.token(accounts, Role.REVIEWER));
        // A jurisdiction no other test uploads to, so the filter holds only these decisions.
        String a = upload(analyst, "ISL", "The defendant brought three Lithuanian women to Reykjavik and forced them into prostitution.");
        String b = upload(analyst, "ISL", "Two defendants kept a Polish worker on a fishing boat and beat him when he asked for his wages.");
        long decidedBefore = label(analyst.get("/api/v1/cases/" + a).json(), "purposes").get("id").asLong();
        reviewer.postJson("/api/v1/cases/" + a + "/coding/" + decidedBefore + "/reject", "");

        JsonNode preview = reviewer.get("/api/v1/cases/bulk-accept/preview?jurisdiction=ISL&min_confidence=0.9").json();
        long expected = preview.get("labels").asLong();
        List<String> withConfidence = new ArrayList<>();
        for (String key : List.of(a, b)) {
            for (JsonNode c : analyst.get("/api/v1/cases/" + key).json().get("coding")) {
                if (c.get("status").asString().equals("SUGGESTED") && c.get("confidence").asDouble() >= 0.9) {
                    withConfidence.add(c.get("field").asString());
                }
            }
        }
        assertThat(expected).isEqualTo(withConfidence.size()).isPositive();

        Http.Response stale = reviewer.postJson("/api/v1/cases/bulk-accept",
                "{\"jurisdiction\":\"ISL\",\"min_confidence\":0.9,\"expected\":" + (expected + 1) + "}");
        assertThat(stale.status()).isEqualTo(409);

        Http.Response done = reviewer.postJson("/api/v1/cases/bulk-accept",
                "{\"jurisdiction\":\"ISL\",\"min_confidence\":0.9,\"expected\":" + expected + "}");
        assertThat(done.status()).isEqualTo(201);
        long step = done.json().get("id").asLong();
        assertThat(done.json().get("labels").asLong()).isEqualTo(expected);
        assertThat(reviewer.get("/api/v1/cases/bulk-accept/preview?jurisdiction=ISL&min_confidence=0.9").json().get("labels").asLong()).isZero();
        JsonNode rejected = label(analyst.get("/api/v1/cases/" + a).json(), "purposes");
        assertThat(rejected.get("status").asString()).as("a decided label is never taken").isEqualTo("REJECTED");
        assertThat(audit.find("cases.bulk_accept", null, 50).stream().anyMatch(e -> e.target().equals("case-bulk-step:" + step))).isTrue();

        JsonNode undone = reviewer.postJson("/api/v1/cases/bulk-accept/" + step + "/undo", "").json();
        assertThat(undone.get("restored").asLong()).isEqualTo(expected);
        assertThat(reviewer.get("/api/v1/cases/bulk-accept/preview?jurisdiction=ISL&min_confidence=0.9").json().get("labels").asLong())
                .isEqualTo(expected);
        assertThat(reviewer.postJson("/api/v1/cases/bulk-accept/" + step + "/undo", "").status()).isEqualTo(409);
        assertThat(reviewer.postJson("/api/v1/cases/bulk-accept", "{}").status()).isEqualTo(400);
    }
}
