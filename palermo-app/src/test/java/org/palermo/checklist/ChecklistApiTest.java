package org.palermo.checklist;

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
 * The checklist over real HTTP: the bundled measures, answering by role, who sees what, evidence that cites a
 * document paragraph, versions whose wording changes, files refused line by line. Countries of South America
 * here (the browser test uses West Africa), each round with its own name.
 */
@PalermoIntegrationTest
class ChecklistApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Audit audit;

    Http http() {
        return new Http(port);
    }

    Http as(Role role) {
        return http().as(TestAccounts.token(accounts, role));
    }

    Http focal(String iso3) {
        return http().as(TestAccounts.token(accounts, Role.FOCAL_POINT, iso3));
    }

    long openRound(Http analyst, String checklist) {
        Http.Response r = analyst.postJson("/api/v1/checklist/rounds",
                "{\"checklist\": \"" + checklist + "\", \"name\": \"test " + UUID.randomUUID() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void theFrameworksTwentyEightMeasuresComeByPillarAndTheRecommendationsNameWhoTheyAddress() {
        JsonNode f = http().get("/api/v1/checklist/framework-for-action").json();
        List<String> keys = new ArrayList<>();
        f.get("measures").forEach(m -> keys.add(m.get("key").asString()));
        assertThat(keys).hasSize(28).startsWith("a.1", "a.2").endsWith("e.7", "e.8").contains("b.7", "c.5", "d.3");
        long protection = 0;
        for (JsonNode m : f.get("measures")) {
            protection += "PROTECTION".equals(m.get("pillar").asString()) ? 1 : 0;
        }
        assertThat(protection).isEqualTo(7);
        JsonNode b4 = find(f.get("measures"), "b.4");
        assertThat(b4.get("wording").asString()).startsWith("Establish or strengthen national referral mechanisms");
        assertThat(b4.get("source").asString()).contains("seed 003", "Annex III");

        JsonNode wg = http().get("/api/v1/checklist/working-group-recommendations").json();
        assertThat(find(wg.get("measures"), "12(e)").get("addressee").asString()).isEqualTo("STATES");
        assertThat(find(wg.get("measures"), "22").get("addressee").asString()).isEqualTo("SECRETARIAT");
        assertThat(find(wg.get("measures"), "19(a)").get("wording").asString()).contains("online real-time mechanism");
    }

    @Test
    void aFocalPointAnswersForItsCountryOnlyAndThePublicSeesSubmittedAnswersOncePublished() {
        Http analyst = as(Role.ANALYST);
        long round = openRound(analyst, "framework-for-action");
        Http peru = focal("PER");
        String body = """
                {"answers": [
                  {"measure": "a.3", "status": "IN_PLACE", "submit": true},
                  {"measure": "b.2", "status": "PARTIALLY_IN_PLACE", "ta_needs": "Training of labour inspectors in identification", "submit": true},
                  {"measure": "c.1", "status": "PLANNED", "obstacles": "No budget line yet"}
                ]}""";
        Http.Response saved = peru.putJson("/api/v1/checklist/rounds/" + round + "/countries/PER", body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(answer(saved.json(), "c.1").get("submitted").asBoolean()).isFalse();

        Http.Response other = peru.putJson("/api/v1/checklist/rounds/" + round + "/countries/BOL", body);
        assertThat(other.status()).isEqualTo(403);
        assertThat(audit.find("checklist.answer", null, 20)).anyMatch(e -> "REFUSED".equals(e.outcome())
                && e.target().endsWith("/BOL") && e.detail().contains("may not answer for BOL"));
        assertThat(as(Role.RESEARCHER).putJson("/api/v1/checklist/rounds/" + round + "/countries/PER", body).status()).isEqualTo(403);
        assertThat(http().putJson("/api/v1/checklist/rounds/" + round + "/countries/PER", body).status()).isEqualTo(401);

        assertThat(http().get("/api/v1/checklist/rounds/" + round).status()).as("unpublished round, public").isEqualTo(404);
        assertThat(analyst.get("/api/v1/checklist/rounds/" + round).json().get("countries").get(0).get("answered").asInt()).isEqualTo(3);

        assertThat(analyst.postJson("/api/v1/checklist/rounds/" + round + "/publish", "").status()).isEqualTo(200);
        JsonNode pub = http().get("/api/v1/checklist/rounds/" + round + "/countries/PER").json();
        assertThat(answer(pub, "a.3").get("status").asString()).isEqualTo("IN_PLACE");
        assertThat(answer(pub, "c.1")).as("a draft stays with the focal point and analysts").isNull();
        JsonNode row = http().get("/api/v1/checklist/rounds/" + round).json().get("countries").get(0);
        assertThat(row.get("country").asString()).isEqualTo("PER");
        assertThat(row.get("answered").asInt()).isEqualTo(2);
        // prosecution: a.3 in place among 5 measures; protection: b.2 partly among 7
        assertThat(row.get("groups").get("PROSECUTION").asDouble()).isEqualTo(1.0 / 5);
        assertThat(row.get("groups").get("PROTECTION").asDouble()).isEqualTo(0.5 / 7);
        assertThat(row.get("groups").get("PREVENTION").isNull()).isTrue();

        JsonNode needs = http().get("/api/v1/checklist/needs?country=PER").json();
        assertThat(needs.toString()).contains("Training of labour inspectors").doesNotContain("No budget line");

        assertThat(analyst.postJson("/api/v1/checklist/rounds/" + round + "/close", "").status()).isEqualTo(200);
        Http.Response late = peru.putJson("/api/v1/checklist/rounds/" + round + "/countries/PER",
                "{\"answers\": [{\"measure\": \"a.3\", \"status\": \"PLANNED\"}]}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void evidenceCitesAnExistingDocumentParagraphOrALinkAndAnythingElseIsRefusedByField() {
        Http analyst = as(Role.ANALYST);
        long round = openRound(analyst, "framework-for-action");
        long seed = 0;
        for (JsonNode d : http().get("/api/v1/documents").json()) {
            if (d.get("file_name").asString().startsWith("003_")) {
                seed = d.get("id").asLong();
            }
        }
        assertThat(seed).isPositive();
        JsonNode paragraph = http().get("/api/v1/documents/" + seed).json().get("paragraphs").get(10);
        String anchor = paragraph.get("anchor").asString();
        Http chile = focal("CHL");
        Http.Response ok = chile.putJson("/api/v1/checklist/rounds/" + round + "/countries/CHL",
                "{\"answers\": [{\"measure\": \"d.2\", \"status\": \"IN_PLACE\", \"evidence\": \"/documents/" + seed + "#" + anchor + "\"},"
                        + "{\"measure\": \"e.1\", \"status\": \"IN_PLACE\", \"evidence\": \"https://www.example.org/agreement\"}]}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode evidence = answer(ok.json(), "d.2").get("evidence");
        assertThat(evidence.get("document_id").asLong()).isEqualTo(seed);
        assertThat(paragraph.get("text").asString().replaceAll("\\s+", " ")).startsWith(evidence.get("excerpt").asString()
                .replace("…", ""));
        assertThat(answer(ok.json(), "e.1").get("evidence").get("url").asString()).isEqualTo("https://www.example.org/agreement");

        Http.Response noParagraph = chile.putJson("/api/v1/checklist/rounds/" + round + "/countries/CHL",
                "{\"answers\": [{\"measure\": \"d.3\", \"status\": \"IN_PLACE\"}, {\"measure\": \"d.1\", \"status\": \"IN_PLACE\", \"evidence\": \"/documents/" + seed + "#p99999\"}]}");
        assertThat(noParagraph.status()).isEqualTo(400);
        assertThat(noParagraph.json().get("field").asString()).isEqualTo("answers[1].evidence");
        assertThat(noParagraph.json().get("detail").asString()).contains("no paragraph #p99999");
        Http.Response words = chile.putJson("/api/v1/checklist/rounds/" + round + "/countries/CHL",
                "{\"answers\": [{\"measure\": \"d.1\", \"status\": \"IN_PLACE\", \"evidence\": \"the law of 2011\"}]}");
        assertThat(words.status()).isEqualTo(400);
        Http.Response badStatus = chile.putJson("/api/v1/checklist/rounds/" + round + "/countries/CHL",
                "{\"answers\": [{\"measure\": \"d.1\", \"status\": \"DONE\"}]}");
        assertThat(badStatus.json().get("field").asString()).isEqualTo("answers[0].status");
        Http.Response secretariat = chile.putJson("/api/v1/checklist/rounds/" + openRound(analyst, "working-group-recommendations")
                + "/countries/CHL", "{\"answers\": [{\"measure\": \"22\", \"status\": \"IN_PLACE\"}]}");
        assertThat(secretariat.status()).isEqualTo(400);
        assertThat(secretariat.json().get("detail").asString()).contains("secretariat");
        JsonNode kept = analyst.get("/api/v1/checklist/rounds/" + round + "/countries/CHL").json();
        assertThat(answer(kept, "d.3")).as("nothing of a refused request is kept").isNull();
    }

    @Test
    void aNewVersionRewordsAndRenumbersMeasuresAndProgressStillComparesThemAcrossRounds() {
        Http admin = as(Role.ADMIN);
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = """
                checklist,version,key,previous_key,group,group_name,pillar,addressee,wording,source
                %1$s,v1,p.1,,P,Prevention,PREVENTION,,Run awareness campaigns.,test
                %1$s,v1,p.2,,P,Prevention,PREVENTION,,Train teachers.,test
                %1$s,v1,q.1,,Q,Protection,PROTECTION,,Open shelters.,test
                """.formatted(id);
        Http.Response first = admin.postFile("/api/v1/checklist/versions", "file", "v1.csv", v1.getBytes(StandardCharsets.UTF_8),
                "title", "A test checklist");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(admin.postFile("/api/v1/checklist/versions", "file", "v1.csv", v1.getBytes(StandardCharsets.UTF_8)).status())
                .as("the same file again changes nothing").isEqualTo(200);

        Http analyst = as(Role.ANALYST);
        long round1 = openRound(analyst, id);
        Http arg = focal("ARG");
        arg.putJson("/api/v1/checklist/rounds/" + round1 + "/countries/ARG",
                "{\"answers\": [{\"measure\": \"p.1\", \"status\": \"PLANNED\", \"submit\": true}, {\"measure\": \"q.1\", \"status\": \"NOT_IN_PLACE\", \"submit\": true}]}");
        analyst.postJson("/api/v1/checklist/rounds/" + round1 + "/publish", "");
        analyst.postJson("/api/v1/checklist/rounds/" + round1 + "/close", "");

        String v2 = """
                checklist,version,key,previous_key,group,group_name,pillar,addressee,wording,source
                %1$s,v2,p.1,,P,Prevention,PREVENTION,,"Run awareness campaigns, also online.",test
                %1$s,v2,q.9,q.1,Q,Protection,PROTECTION,,Open shelters.,test
                %1$s,v2,q.2,,Q,Protection,PROTECTION,,Fund legal aid.,test
                """.formatted(id);
        JsonNode second = admin.postFile("/api/v1/checklist/versions", "file", "v2.csv", v2.getBytes(StandardCharsets.UTF_8)).json();
        JsonNode imported = second.get("files").get(0).get("imported");
        assertThat(imported.get("reworded").asInt()).isEqualTo(1);
        assertThat(imported.get("renumbered").asInt()).isEqualTo(1);
        assertThat(imported.get("new_measures").asInt()).isEqualTo(1);
        assertThat(imported.get("retired").asInt()).as("p.2 is not in v2").isEqualTo(1);

        long round2 = openRound(analyst, id);
        arg.putJson("/api/v1/checklist/rounds/" + round2 + "/countries/ARG",
                "{\"answers\": [{\"measure\": \"p.1\", \"status\": \"IN_PLACE\", \"submit\": true}, {\"measure\": \"q.9\", \"status\": \"PARTIALLY_IN_PLACE\", \"submit\": true}]}");
        analyst.postJson("/api/v1/checklist/rounds/" + round2 + "/publish", "");

        JsonNode progress = http().get("/api/v1/checklist/countries/ARG?checklist=" + id).json();
        assertThat(progress.get("rounds")).hasSize(2);
        assertThat(progress.get("latest").get("round").get("version").asString()).isEqualTo("v2");
        JsonNode p1 = change(progress.get("changes"), "p.1");
        assertThat(p1.get("wording_changed").asBoolean()).isTrue();
        assertThat(p1.get("from").asString()).isEqualTo("PLANNED");
        assertThat(p1.get("to").asString()).isEqualTo("IN_PLACE");
        JsonNode q9 = change(progress.get("changes"), "q.9");
        assertThat(q9.get("previous_key").asString()).isEqualTo("q.1");
        assertThat(q9.get("delta").asDouble()).isEqualTo(0.5);
        // prevention 0.25 of 2 measures in v1, 1.0 of 1 measure in v2
        assertThat(progress.get("rounds").get(0).get("groups").get(0).get("progress").asDouble()).isEqualTo(0.125);
        assertThat(progress.get("rounds").get(1).get("groups").get(0).get("progress").asDouble()).isEqualTo(1.0);
        JsonNode round2Answers = http().get("/api/v1/checklist/rounds/" + round2 + "/countries/ARG").json();
        JsonNode previous = row(round2Answers, "p.1").get("previous");
        assertThat(previous.get("status").asString()).isEqualTo("PLANNED");
        assertThat(previous.get("wording_changed").asBoolean()).isTrue();
    }

    @Test
    void aBadVersionFileIsRefusedLineByLineWithNothingKeptAndTheGoodFileBesideItIsImported() {
        Http admin = as(Role.ADMIN);
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String bad = """
                checklist,version,key,group,group_name,pillar,wording
                %1$s,v1,x.1,X,Ex,PREVENTION,Fine.
                %1$s,v1,x.2,X,Ex,PREVENTON,Misspelt pillar.
                %1$s,v1,x.1,X,Ex,,Twice the same key.
                %1$s,v1,x.4,X,Ex,,
                """.formatted(id);
        String good = """
                checklist,version,key,group,group_name,wording
                %s-ok,v1,y.1,Y,Why,"A measure
                on two lines."
                %s-ok,v1,y.2,Y,Why,Another.
                """.formatted(id, id);
        Http.Response r = admin.postFile("/api/v1/checklist/versions", "file", "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problems = r.json().get("files").get(0).get("problems");
        assertThat(problems.toString()).contains("\"line\":3", "\"field\":\"pillar\"", "PREVENTON")
                .contains("\"line\":4", "\"field\":\"key\"", "already used on line 2")
                .contains("\"line\":5", "\"field\":\"wording\"");
        assertThat(r.json().get("files").get(0).get("file").asString()).isEqualTo("bad.csv");
        assertThat(http().get("/api/v1/checklist/" + id).status()).as("nothing of the refused file is kept").isEqualTo(404);

        String both = multipartTwoFiles(admin, "bad.csv", bad, "good.csv", good);
        assertThat(both).contains("\"refused\":1", "\"imported\":1");
        JsonNode kept = http().get("/api/v1/checklist/" + id + "-ok").json();
        assertThat(kept.get("measures")).hasSize(2);
        assertThat(kept.get("measures").get(0).get("wording").asString()).isEqualTo("A measure\non two lines.");

        String shifted = """
                checklist,version,key,group,group_name,wording
                %s-ok,v2,y.1,Y,Why,"A measure
                on two lines."
                %s-ok,v2,,Y,Why,No key.
                """.formatted(id, id);
        JsonNode lineAfterAQuotedBreak = admin.postFile("/api/v1/checklist/versions", "file", "v2.csv",
                shifted.getBytes(StandardCharsets.UTF_8)).json().get("files").get(0).get("problems").get(0);
        assertThat(lineAfterAQuotedBreak.get("line").asInt()).isEqualTo(4);
        assertThat(lineAfterAQuotedBreak.get("field").asString()).isEqualTo("key");
    }

    private String multipartTwoFiles(Http http, String name1, String content1, String name2, String content2) {
        String boundary = "----palermo" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name1 + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content1 + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name2 + "\"\r\nContent-Type: text/csv\r\n\r\n" + content2 + "\r\n--" + boundary + "--\r\n";
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/api/v1/checklist/versions"))
                    .header("Authorization", "Bearer " + TestAccounts.token(accounts, Role.ADMIN))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(201);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode find(JsonNode measures, String key) {
        for (JsonNode m : measures) {
            if (key.equals(m.get("key").asString())) {
                return m;
            }
        }
        throw new AssertionError("no measure " + key);
    }

    static JsonNode row(JsonNode countryAnswers, String key) {
        for (JsonNode r : countryAnswers.get("measures")) {
            if (key.equals(r.get("measure").get("key").asString())) {
                return r;
            }
        }
        throw new AssertionError("no measure " + key);
    }

    static JsonNode answer(JsonNode countryAnswers, String key) {
        JsonNode a = row(countryAnswers, key).get("answer");
        return a == null || a.isNull() ? null : a;
    }

    static JsonNode change(JsonNode changes, String key) {
        for (JsonNode c : changes) {
            if (key.equals(c.get("key").asString())) {
                return c;
            }
        }
        throw new AssertionError("no change of " + key + " in " + changes);
    }
}
