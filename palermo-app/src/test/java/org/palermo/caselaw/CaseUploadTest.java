package org.palermo.caselaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Uploading decisions over real HTTP: a good file is imported and coded on arrival, a file with a bad
 * line is refused whole naming the line, a role that may not upload gets 403. (These decisions never
 * contain the word "debt": CaseSearchApiTest counts it.)
 */
@PalermoIntegrationTest
class CaseUploadTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aJsonlFileIsImportedAndCodedOnArrival() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        String a = "UP-" + unique();
        String b = "UP-" + unique();
        String jsonl = "{\"id\":\"" + a + "\",\"jurisdiction\":\"USA\",\"name\":\"United States v. Upload\",\"text\":"
                + "\"Defendant Maria Lopez recruited two Guatemalan women with promises of restaurant work and forced them into prostitution.\"}\n"
                + "{\"id\":\"" + b + "\",\"jurisdiction\":\"GBR\",\"text\":\"The defendant held a man in servitude on his farm for six years without pay.\"}\n";

        Http.Response r = analyst.postFile("/api/v1/cases/imports", "file", "decisions.jsonl", utf8(jsonl));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("created").asInt()).isEqualTo(2);
        assertThat(r.json().get("cases").toString()).contains(a, b);
        JsonNode decision = analyst.get("/api/v1/cases/" + a).json();
        assertThat(decision.get("jurisdiction").asString()).isEqualTo("USA");
        JsonNode coding = decision.get("coding");
        assertThat(coding.findValuesAsString("field")).contains("purposes", "female_defendants", "victim_nationalities");
        for (JsonNode c : coding) {
            assertThat(c.get("status").asString()).isEqualTo("SUGGESTED");
            assertThat(c.get("rule").asString()).startsWith("case.");
            if (c.get("field").asString().equals("victim_nationalities")) {
                assertThat(c.get("value").asString()).isEqualTo("GTM");
                assertThat(c.get("quote").asString()).contains("Guatemalan women");
            }
        }
    }

    @Test
    void aFileWithABadLineIsRefusedWholeNamingTheLine() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        String good = "UP-" + unique();
        String jsonl = "{\"id\":\"" + good + "\",\"text\":\"The defendants kept three girls in a house in Texas and sold them for sex.\"}\n"
                + "{\"id\":\"UP-bad\",\"jurisdiction\":\"XXX\",\"text\":\"A decision from nowhere.\"}\n"
                + "not json at all\n";

        Http.Response r = analyst.postFile("/api/v1/cases/imports", "file", "mixed.jsonl", utf8(jsonl));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("mixed.jsonl", "2 bad lines", "nothing was imported", "line 2", "line 3");
        assertThat(r.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(r.json().get("errors").get(0).get("reason").asString()).contains("XXX");
        assertThat(analyst.get("/api/v1/cases/" + good).status()).as("the good line was not written either").isEqualTo(404);
    }

    @Test
    void aCsvFileIsReadThroughItsColumnMapping() {
        Http admin = new Http(port).as(TestAccounts.token(accounts, Role.ADMIN));
        String key = "UP-" + unique();
        String csv = "Case,Country,Facts\n" + key + ",USA,\"The defendant, a Honduran national, forced a 15-year-old girl to work in his bar.\"\n";

        Http.Response r = admin.postFile("/api/v1/cases/imports", "file", "cases.csv", utf8(csv),
                "map", "id=Case", "map", "jurisdiction=Country", "map", "text=Facts");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode coding = admin.get("/api/v1/cases/" + key).json().get("coding");
        assertThat(coding.toString()).contains("\"minors_involved\"", "\"defendant_nationalities\"", "\"HND\"");
    }

    @Test
    void oneDocumentWithItsMetadataForm() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        String key = "UP-" + unique();
        Http.Response r = analyst.postFile("/api/v1/cases/imports", "file", "judgment.txt",
                utf8("The couple brought a 12-year-old girl from Ghana and made her clean their house without pay."),
                "id", key, "name", "State v. Couple", "jurisdiction", "NLD", "decision_date", "2019-03-04");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode d = analyst.get("/api/v1/cases/" + key).json();
        assertThat(d.get("name").asString()).isEqualTo("State v. Couple");
        assertThat(d.get("decision_date").asString()).isEqualTo("2019-03-04");
        assertThat(d.get("coding").toString()).contains("\"female_defendants\"", "\"GHA\"");
    }

    @Test
    void onlyAnalystsAndAdminsMayUpload() {
        byte[] jsonl = utf8("{\"id\":\"UP-" + unique() + "\",\"text\":\"The defendant forced a woman into prostitution.\"}\n");
        for (Role role : new Role[] {Role.RESEARCHER, Role.REVIEWER}) {
            Http.Response r = new Http(port).as(TestAccounts.token(accounts, role)).postFile("/api/v1/cases/imports", "file", "x.jsonl", jsonl);
            assertThat(r.status()).as(role.name()).isEqualTo(403);
        }
        assertThat(new Http(port).postFile("/api/v1/cases/imports", "file", "x.jsonl", jsonl).status()).isEqualTo(401);
    }
}
