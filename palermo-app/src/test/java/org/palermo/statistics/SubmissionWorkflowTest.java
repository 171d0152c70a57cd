package org.palermo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
import tools.jackson.databind.JsonNode;

/** A focal point's submission through the whole workflow over real HTTP, as the API's users would drive it. */
@PalermoIntegrationTest
class SubmissionWorkflowTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Audit audit;

    static String values(long female, long male) {
        return """
                {"values": [
                  {"indicator": "Detected trafficking victims", "dimension": "Total", "category": "Total", "sex": "Total", "age": "Total", "value": "100"},
                  {"indicator": "Detected trafficking victims", "dimension": "Total", "category": "Total", "sex": "Female", "age": "Total", "value": "%d"},
                  {"indicator": "Detected trafficking victims", "dimension": "Total", "category": "Total", "sex": "Male", "age": "Total", "value": "%d"},
                  {"indicator": "Persons prosecuted", "dimension": "Total", "category": "Total", "sex": "Total", "age": "Total", "value": "20"},
                  {"indicator": "Persons convicted", "dimension": "Total", "category": "Total", "sex": "Total", "age": "Total", "value": "12"},
                  {"indicator": "Detected trafficking victims", "dimension": "by citizenship", "category": "tgo", "sex": "Total", "age": "Total", "value": "4"}
                ]}""".formatted(female, male);
    }

    @Test
    void aSubmissionBreakingOneRuleIsRefusedNamingItAndTheCorrectedOneIsPublished() {
        Http focal = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, "GHA"));
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));

        Http.Response created = focal.postJson("/api/v1/statistics/submissions", "{\"country\": \"GHA\", \"year\": 2023}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");

        assertThat(focal.putJson("/api/v1/statistics/submissions/" + id + "/values", values(70, 50)).status()).isEqualTo(200);
        Http.Response refused = focal.postJson("/api/v1/statistics/submissions/" + id + "/submit", "");
        assertThat(refused.status()).isEqualTo(400);
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).get("rule").asString()).isEqualTo("female_male_le_total");
        assertThat(refused.json().get("detail").asString()).contains("female_male_le_total", "Female + male ≤ total");
        assertThat(errors.get(0).get("cells").toString()).contains("values[1]", "values[2]", "values[0]");
        assertThat(focal.get("/api/v1/statistics/submissions/" + id).json().get("status").asString()).isEqualTo("DRAFT");

        assertThat(focal.putJson("/api/v1/statistics/submissions/" + id + "/values", values(70, 30)).status()).isEqualTo(200);
        assertThat(focal.postJson("/api/v1/statistics/submissions/" + id + "/submit", "").json().get("status").asString())
                .isEqualTo("SUBMITTED");
        assertThat(focal.postJson("/api/v1/statistics/submissions/" + id + "/validate", "").status()).isEqualTo(403);
        assertThat(publicFigure()).as("nothing public before publication").isNull();

        assertThat(analyst.postJson("/api/v1/statistics/submissions/" + id + "/validate", "").json().get("status").asString())
                .isEqualTo("VALIDATED");
        JsonNode published = analyst.postJson("/api/v1/statistics/submissions/" + id + "/publish", "").json();
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");

        JsonNode figure = publicFigure();
        assertThat(figure.get("value").asLong()).isEqualTo(100);
        assertThat(figure.get("source").asString()).isEqualTo("National submission");
        JsonNode togo = new Http(port).get("/api/v1/statistics?country=GHA&year=2023&dimension=by+citizenship").json();
        assertThat(togo.get(0).get("category").asString()).isEqualTo("TGO");

        List<String> steps = new ArrayList<>();
        published.get("history").forEach(e -> steps.add(e.get("action").asString() + ":" + e.get("to_status").asString()));
        assertThat(steps).containsExactly("create:DRAFT", "edit:DRAFT", "edit:DRAFT", "submit:SUBMITTED", "validate:VALIDATED",
                "publish:PUBLISHED");
        assertThat(published.get("history").get(4).get("actor").asString()).startsWith("analyst-");

        // Approved figures changed later: back to draft with a diff, the public still sees the approved figure.
        String changed = values(70, 30).replace("\"value\": \"100\"", "\"value\": \"110\"");
        JsonNode reopened = focal.putJson("/api/v1/statistics/submissions/" + id + "/values", changed).json();
        assertThat(reopened.get("status").asString()).isEqualTo("DRAFT");
        assertThat(reopened.get("revision").asInt()).isEqualTo(2);
        assertThat(reopened.get("changes_since_published").size()).isEqualTo(1);
        assertThat(reopened.get("changes_since_published").get(0).get("before").asLong()).isEqualTo(100);
        assertThat(reopened.get("changes_since_published").get(0).get("after").asLong()).isEqualTo(110);
        assertThat(publicFigure().get("value").asLong()).isEqualTo(100);

        List<AuditEntry> trail = audit.find("statistics.submission", null, 200).stream()
                .filter(a -> ("stat_submission:" + id).equals(a.target())).toList();
        assertThat(trail).extracting(AuditEntry::action).contains("statistics.submission.create", "statistics.submission.edit",
                "statistics.submission.submit", "statistics.submission.validate", "statistics.submission.publish");
    }

    @Test
    void aFocalPointOfAnotherCountryIsRefusedAndAudited() {
        Http nigeria = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, "NGA"));
        Http.Response r = nigeria.postJson("/api/v1/statistics/submissions", "{\"country\": \"BEN\", \"year\": 2022}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        List<AuditEntry> refused = audit.find("statistics.submission.create", null, 20).stream()
                .filter(a -> "REFUSED".equals(a.outcome()) && "country:BEN/2022".equals(a.target())).toList();
        assertThat(refused).isNotEmpty();

        Http benin = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, "BEN"));
        long id = benin.postJson("/api/v1/statistics/submissions", "{\"country\": \"BEN\", \"year\": 2022}").json().get("id").asLong();
        assertThat(nigeria.get("/api/v1/statistics/submissions/" + id).status()).isEqualTo(403);
        assertThat(nigeria.putJson("/api/v1/statistics/submissions/" + id + "/values", values(1, 1)).status()).isEqualTo(403);
        for (JsonNode s : nigeria.get("/api/v1/statistics/submissions").json()) {
            assertThat(s.get("country").asString()).isEqualTo("NGA");
        }
        assertThat(new Http(port).as(TestAccounts.token(accounts, Role.RESEARCHER)).get("/api/v1/statistics/submissions").status())
                .isEqualTo(403);
    }

    @Test
    void badFiguresAreRefusedNamingTheFieldAndSaveNothing() {
        Http focal = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, "TGO"));
        long id = focal.postJson("/api/v1/statistics/submissions", "{\"country\": \"TGO\", \"year\": 2021}").json().get("id").asLong();
        Http.Response text = focal.putJson("/api/v1/statistics/submissions/" + id + "/values", values(70, 30).replace("\"20\"", "\"twenty\""));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("detail").asString()).contains("values[3]", "'twenty' is not a whole number");
        Http.Response category = focal.putJson("/api/v1/statistics/submissions/" + id + "/values", values(70, 30).replace("\"tgo\"", "\"Atlantis\""));
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.json().get("errors").get(0).get("rule").asString()).isEqualTo("known_category");
        assertThat(focal.get("/api/v1/statistics/submissions/" + id).json().get("values").size()).isZero();
        assertThat(focal.postJson("/api/v1/statistics/submissions", "{\"country\": \"TGO\", \"year\": 2999}").json().get("detail").asString())
                .contains("future");
        String negative = values(70, 30).replace("\"12\"", "\"-3\"");
        assertThat(focal.putJson("/api/v1/statistics/submissions/" + id + "/values", negative).status()).isEqualTo(200);
        Http.Response refused = focal.postJson("/api/v1/statistics/submissions/" + id + "/submit", "");
        assertThat(refused.status()).isEqualTo(400);
        List<String> rules = new ArrayList<>();
        refused.json().get("errors").forEach(e -> rules.add(e.get("rule").asString()));
        assertThat(rules).containsExactly("no_negative");
    }

    @Test
    void anAnalystValidatesAndPublishesABacklogAtOnceAndEachRefusalSaysWhy() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        long senegal = submitted("SEN", values(60, 40));
        long mali = submitted("MLI", values(55, 45));
        Http mauritania = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, "MRT"));
        long draft = mauritania.postJson("/api/v1/statistics/submissions", "{\"country\": \"MRT\", \"year\": 2019}")
                .json().get("id").asLong();

        JsonNode validated = analyst.postJson("/api/v1/statistics/submissions/bulk",
                "{\"action\": \"validate\", \"ids\": [" + senegal + ", " + mali + ", " + draft + ", 987654]}").json();
        assertThat(validated.get("done").asLong()).isEqualTo(2);
        assertThat(validated.get("refused").asLong()).isEqualTo(2);
        JsonNode results = validated.get("results");
        assertThat(results.get(0).get("status").asString()).isEqualTo("VALIDATED");
        assertThat(results.get(1).get("country").asString()).isEqualTo("MLI");
        assertThat(results.get(2).get("done").asBoolean()).isFalse();
        assertThat(results.get(2).get("error").asString()).contains("Cannot validate submission " + draft, "it is DRAFT");
        assertThat(results.get(3).get("error").asString()).contains("No submission with id 987654");
        assertThat(mauritania.get("/api/v1/statistics/submissions/" + draft).json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(publishedTotal("SEN")).as("validated is not yet public").isNull();

        JsonNode published = analyst.postJson("/api/v1/statistics/submissions/bulk",
                "{\"action\": \"publish\", \"ids\": [" + senegal + ", " + mali + "]}").json();
        assertThat(published.get("done").asLong()).isEqualTo(2);
        assertThat(publishedTotal("SEN")).isEqualTo(100);
        assertThat(publishedTotal("MLI")).isEqualTo(100);

        List<AuditEntry> steps = audit.find("statistics.submission.bulk", null, 20);
        assertThat(steps).extracting(AuditEntry::action).contains("statistics.submission.bulk-validate",
                "statistics.submission.bulk-publish");
        assertThat(audit.find("statistics.submission.publish", null, 50)).extracting(AuditEntry::target)
                .contains("stat_submission:" + senegal, "stat_submission:" + mali);

        Http focal = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, "SEN"));
        assertThat(focal.postJson("/api/v1/statistics/submissions/bulk", "{\"action\": \"publish\", \"ids\": [" + senegal + "]}")
                .status()).isEqualTo(403);
        Http.Response unknown = analyst.postJson("/api/v1/statistics/submissions/bulk", "{\"action\": \"approve\", \"ids\": [1]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("'validate' or 'publish'");
        assertThat(analyst.postJson("/api/v1/statistics/submissions/bulk", "{\"action\": \"publish\", \"ids\": []}")
                .json().get("detail").asString()).contains("Name the submissions");
    }

    /** A submission of the country for 2019 with the given figures, submitted by its focal point. */
    private long submitted(String country, String figures) {
        Http focal = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, country));
        long id = focal.postJson("/api/v1/statistics/submissions", "{\"country\": \"" + country + "\", \"year\": 2019}")
                .json().get("id").asLong();
        assertThat(focal.putJson("/api/v1/statistics/submissions/" + id + "/values", figures).status()).isEqualTo(200);
        assertThat(focal.postJson("/api/v1/statistics/submissions/" + id + "/submit", "").status()).isEqualTo(200);
        return id;
    }

    private Long publishedTotal(String country) {
        JsonNode all = new Http(port).get("/api/v1/statistics?country=" + country + "&year=2019&indicator=Detected+trafficking+victims"
                + "&dimension=Total&category=Total&sex=Total&age=Total").json();
        for (JsonNode o : all) {
            if ("National submission".equals(o.get("source").asString())) {
                return o.get("value").asLong();
            }
        }
        return null;
    }

    private JsonNode publicFigure() {
        JsonNode all = new Http(port).get("/api/v1/statistics?country=GHA&year=2023&indicator=Detected+trafficking+victims"
                + "&dimension=Total&sex=Total&age=Total").json();
        return all.isEmpty() ? null : all.get(0);
    }
}
