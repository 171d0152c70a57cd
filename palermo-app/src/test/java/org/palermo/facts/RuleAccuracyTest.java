package org.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.JsonNode;

/** Each rule's accuracy is counted from the reviewers' decisions, and a decision changes it at once. */
@PalermoIntegrationTest
class RuleAccuracyTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    Http http;
    Http reviewer;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        reviewer = http.as(TestAccounts.token(accounts, Role.REVIEWER));
    }

    @Test
    void theSummaryReadsAsAReviewerWouldSayIt() {
        assertThat(new RuleAccuracy("statistic.count", "x", 41, 3, 6, 0, null).summary())
                .isEqualTo("41 accepted, 3 corrected, 6 rejected (82 %)");
        assertThat(new RuleAccuracy("statistic.count", "x", 0, 0, 0, 0, null).summary()).isEqualTo("no decisions yet");
        assertThat(new RuleAccuracy("statistic.count", "x", 1, 0, 1, 12, null).summary())
                .isEqualTo("1 accepted, 0 corrected, 1 rejected (50 %); 12 accepted in bulk, not counted");
    }

    @Test
    void acceptingRejectingAndUndoingChangeTheRulesFiguresAtOnce() {
        Http analyst = http.as(TestAccounts.token(accounts, Role.ANALYST));
        String text = "Report " + UUID.randomUUID() + "\n\n4. Estonia reported that in 2005, 31 investigations had been "
                + "initiated, 27 persons had been prosecuted and 14 persons had been convicted.\n";
        long doc = analyst.postFile("/api/v1/documents", "file", "ee.txt", text.getBytes(StandardCharsets.UTF_8))
                .json().get("id").asLong();
        JsonNode facts = reviewer.get("/api/v1/facts?document=" + doc + "&type=statistic").json();
        assertThat(facts.size()).isGreaterThanOrEqualTo(2);
        JsonNode first = facts.get(0);
        String rule = first.get("rule").asString();
        String extractor = first.get("extractor").asString();
        JsonNode second = null;
        for (JsonNode f : facts) {
            if (f != first && f.get("rule").asString().equals(rule)) {
                second = f;
            }
        }
        assertThat(second).as("two suggestions of rule " + rule).isNotNull();

        JsonNode before = figures(rule, extractor);
        decide(first, "ACCEPT");
        JsonNode afterAccept = figures(rule, extractor);
        assertThat(afterAccept.get("accepted").asInt()).isEqualTo(before.get("accepted").asInt() + 1);
        assertThat(afterAccept.get("suggested").asInt()).isEqualTo(before.get("suggested").asInt() - 1);

        decide(second, "REJECT");
        JsonNode afterReject = figures(rule, extractor);
        assertThat(afterReject.get("rejected").asInt()).isEqualTo(before.get("rejected").asInt() + 1);
        int accepted = afterReject.get("accepted").asInt();
        int decided = afterReject.get("decided").asInt();
        assertThat(afterReject.get("accuracy").asDouble()).isEqualTo((double) accepted / decided);
        assertThat(afterReject.get("summary").asString()).startsWith(accepted + " accepted, ")
                .endsWith("(" + Math.round(100.0 * accepted / decided) + " %)");

        decide(second, "REOPEN");
        decide(first, "REOPEN");
        JsonNode undone = figures(rule, extractor);
        assertThat(undone.get("accepted").asInt()).isEqualTo(before.get("accepted").asInt());
        assertThat(undone.get("rejected").asInt()).isEqualTo(before.get("rejected").asInt());
        assertThat(undone.get("suggested").asInt()).isEqualTo(before.get("suggested").asInt());
    }

    @Test
    void theRulesAreForReviewersAnalystsAndAdmins() {
        assertThat(http.get("/api/v1/facts/rules").status()).isEqualTo(401);
        assertThat(http.as(TestAccounts.token(accounts, Role.RESEARCHER)).get("/api/v1/facts/rules").status()).isEqualTo(403);
        for (Role role : new Role[] {Role.REVIEWER, Role.ANALYST, Role.ADMIN}) {
            Http.Response r = http.as(TestAccounts.token(accounts, role)).get("/api/v1/facts/rules");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().size()).as("the seed documents' rules").isPositive();
        }
    }

    private void decide(JsonNode fact, String decision) {
        Http.Response r = reviewer.postJson("/api/v1/facts/" + fact.get("id").asLong() + "/decision",
                "{\"decision\":\"" + decision + "\"}");
        assertThat(r.status()).isEqualTo(200);
    }

    private JsonNode figures(String rule, String extractor) {
        JsonNode rows = reviewer.get("/api/v1/facts/rules?rule=" + Http.q(rule) + "&extractor=" + Http.q(extractor)).json();
        assertThat(rows.size()).isEqualTo(1);
        return rows.get(0);
    }
}
