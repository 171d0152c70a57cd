package org.palermo.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.accounts.Audit;
import org.palermo.accounts.AuditEntry;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.palermo.text.CsvReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The treaty registry over real HTTP on the bundled data: the standing at any date with every source, the
 * disagreements the data README documents, the parties over time, and analysts' audited entries.
 */
@PalermoIntegrationTest
class TreatyRegistryApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Audit audit;

    static JsonNode country(JsonNode atDate, String iso3) {
        for (JsonNode c : atDate.get("countries")) {
            if (c.get("country").asString().equals(iso3)) {
                return c;
            }
        }
        throw new AssertionError(iso3 + " not in the answer");
    }

    static JsonNode verdictOf(JsonNode status, String sourceStart) {
        for (JsonNode v : status.get("sources")) {
            if (v.get("source").asString().startsWith(sourceStart)) {
                return v;
            }
        }
        return null;
    }

    @Test
    void greeceIsANonPartyIn2009AsSeed003SaysAndAPartyFrom2011AsSeed004SaysWithoutAContradiction() {
        Http http = new Http(port);
        JsonNode in2009 = country(http.get("/api/v1/registries/treaty?date=2009-06-30").json(), "GRC");
        assertThat(in2009.get("standing").asString()).isEqualTo("SIGNATORY");
        assertThat(in2009.get("disagreement").asBoolean()).isFalse();
        JsonNode seed003 = verdictOf(in2009, "Improving the coordination of efforts against trafficking in persons");
        assertThat(seed003).as("seed 003's footnote 3 lists Greece among the 64 non-parties").isNotNull();
        assertThat(seed003.get("standing").asString()).isEqualTo("NOT_PARTY");
        assertThat(seed003.get("link").asString()).matches("/documents/\\d+#b\\d+");

        Http.Response r2012 = http.get("/api/v1/registries/treaty?date=2012-06-30");
        JsonNode in2012 = country(r2012.json(), "GRC");
        assertThat(in2012.get("standing").asString()).isEqualTo("PARTY");
        assertThat(in2012.get("since").asString()).isEqualTo("2011-01-11");
        assertThat(in2012.get("source").asString()).startsWith("UN Treaty Collection");
        JsonNode seed004 = verdictOf(in2012, "Activities of the United Nations Office on Drugs and Crime");
        assertThat(seed004.get("says").asString()).isEqualTo("ratification 2011");
        assertThat(http.get("/api/v1/registries/treaty/GRC").json().get("disagreements")).isEmpty();
    }

    @Test
    void theDisagreementsTheDataReadmeDocumentsAreShownWithEachSource() {
        Http http = new Http(port);
        JsonNode albania = http.get("/api/v1/registries/treaty/ALB").json();
        assertThat(albania.get("disagreements")).hasSize(1);
        JsonNode d = albania.get("disagreements").get(0);
        assertThat(d.get("from").asString()).isEqualTo("2002-08-21");
        assertThat(d.get("to").asString()).isEqualTo("2003-12-31");
        assertThat(d.get("verdicts").toString()).contains("ratification 2002-08-21").contains("ratification 2004");
        assertThat(country(http.get("/api/v1/registries/treaty?date=2003-01-01").json(), "ALB").get("disagreement").asBoolean()).isTrue();

        JsonNode chad = http.get("/api/v1/registries/treaty/TCD").json();
        assertThat(chad.get("disagreements").get(0).get("from").asString()).isEqualTo("2009-08-18");
        assertThat(chad.get("disagreements").get(0).get("verdicts").toString()).contains("Kelley & Simmons")
                .contains("no ratification or accession listed up to 2011-12-31");
    }

    @Test
    void partiesOverTimeCountEachDataSetAsItsFileDoes() throws Exception {
        List<List<String>> status = bundled("data/registries/protocol-status.csv");
        JsonNode parties = new Http(port).get("/api/v1/registries/treaty/parties").json();
        int previous = -1;
        for (JsonNode year : parties) {
            int y = year.get("year").asInt();
            if (y > 2013) {
                continue;
            }
            String end = y + "-12-31";
            long inFile = status.stream().filter(r -> !r.get(3).isBlank() && r.get(3).compareTo(end) <= 0).count();
            JsonNode bySource = year.get("by_source");
            String untc = bySource.propertyNames().stream().filter(k -> k.startsWith("UN Treaty Collection")).findFirst().orElseThrow();
            assertThat(bySource.get(untc).asLong()).as("UNTC parties at the end of " + y).isEqualTo(inFile);
            assertThat(year.get("parties").asInt()).isGreaterThanOrEqualTo(previous);
            previous = year.get("parties").asInt();
        }
        assertThat(previous).isGreaterThan(140);
    }

    @Test
    void anAnalystRecordsALaterAccessionWithItsSourceAuditedAndCanRetractIt() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        JsonNode before = new Http(port).get("/api/v1/registries/treaty/JPN").json().get("today");
        assertThat(before.get("standing").asString()).isEqualTo("SIGNATORY");
        assertThat(before.get("as_of").asString()).isEqualTo("2013-10-17");

        Http.Response added = analyst.postJson("/api/v1/registries/treaty/entries",
                "{\"country\":\"JPN\",\"action\":\"ACCEPTED\",\"date\":\"2017-07-11\","
                        + "\"source\":\"UN Treaty Collection, chapter XVIII-12-a, checked in 2026\",\"url\":\"https://treaties.un.org/\"}");
        assertThat(added.status()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        JsonNode after = new Http(port).get("/api/v1/registries/treaty/JPN").json();
        assertThat(after.get("today").get("standing").asString()).isEqualTo("PARTY");
        assertThat(after.get("today").get("since").asString()).isEqualTo("2017-07-11");
        assertThat(after.get("disagreements")).isEmpty();
        AuditEntry entry = audit.find("registries.treaty.add", null, 50).stream()
                .filter(a -> a.target().equals("treaty:JPN:" + id)).findFirst().orElseThrow();
        assertThat(entry.after()).contains("checked in 2026").contains("ACCEPTED");

        assertThat(analyst.postJson("/api/v1/registries/treaty/entries/" + id + "/retract", "{}").status()).isEqualTo(400);
        Http.Response retracted = analyst.postJson("/api/v1/registries/treaty/entries/" + id + "/retract",
                "{\"reason\":\"entered for the wrong country\"}");
        assertThat(retracted.status()).isEqualTo(200);
        assertThat(new Http(port).get("/api/v1/registries/treaty/JPN").json().get("today").get("standing").asString()).isEqualTo("SIGNATORY");
        AuditEntry r = audit.find("registries.treaty.retract", null, 50).stream()
                .filter(a -> a.target().equals("treaty:JPN:" + id)).findFirst().orElseThrow();
        assertThat(r.before()).contains("\"retracted_at\": null");
        assertThat(r.after()).contains("entered for the wrong country");
        assertThat(analyst.postJson("/api/v1/registries/treaty/entries/" + id + "/retract", "{\"reason\":\"again\"}").status()).isEqualTo(409);
    }

    @Test
    void entriesFromDataSetsAreRetractedNotRewrittenAndBadInputNamesTheField() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        long untcEntry = -1;
        for (JsonNode e : new Http(port).get("/api/v1/registries/treaty/NGA").json().get("entries")) {
            if (e.get("source_kind").asString().equals("TREATY_DATASET")) {
                untcEntry = e.get("id").asLong();
            }
        }
        Http.Response rewrite = analyst.putJson("/api/v1/registries/treaty/entries/" + untcEntry,
                "{\"country\":\"NGA\",\"action\":\"RATIFIED\",\"date\":\"2002\",\"source\":\"mine\"}");
        assertThat(rewrite.status()).isEqualTo(409);
        assertThat(rewrite.json().get("detail").asString()).contains("retract it");

        Map<String, String> bad = Map.of(
                "{\"country\":\"NGA\",\"action\":\"RATIFIED\",\"date\":\"2011-13-01\",\"source\":\"x\"}", "date",
                "{\"country\":\"XYZ\",\"action\":\"RATIFIED\",\"date\":\"2011\",\"source\":\"x\"}", "country",
                "{\"country\":\"NGA\",\"action\":\"DENOUNCED\",\"date\":\"2011\",\"source\":\"x\"}", "action",
                "{\"country\":\"NGA\",\"action\":\"RATIFIED\",\"date\":\"2011\"}", "source",
                "{\"country\":\"NGA\",\"action\":\"RATIFIED\",\"date\":\"1999\",\"source\":\"x\"}", "date");
        bad.forEach((body, field) -> {
            Http.Response r = analyst.postJson("/api/v1/registries/treaty/entries", body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("field").asString()).as(body).isEqualTo(field);
        });
        assertThat(new Http(port).get("/api/v1/registries/treaty?date=2009-02-30").status()).isEqualTo(400);
        assertThat(new Http(port).get("/api/v1/registries/treaty/XYZ").status()).isEqualTo(404);
    }

    @Test
    void onlyAnalystsAndAdministratorsEditAndRefusalsAreAudited() {
        String body = "{\"country\":\"NGA\",\"action\":\"RATIFIED\",\"date\":\"2001\",\"source\":\"x\"}";
        assertThat(new Http(port).postJson("/api/v1/registries/treaty/entries", body).status()).isEqualTo(401);
        String researcher = TestAccounts.token(accounts, Role.RESEARCHER);
        Http.Response refused = new Http(port).as(researcher).postJson("/api/v1/registries/treaty/entries", body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT)).postJson("/api/v1/registries/treaty/entries", body)
                .status()).isEqualTo(403);
        assertThat(audit.find("access.refused", null, 50)).anyMatch(a -> a.target().equals("POST /api/v1/registries/treaty/entries"));
        assertThat(new Http(port).as(TestAccounts.token(accounts, Role.ADMIN)).putJson("/api/v1/registries/tiers/NGA/2016",
                "{\"tier\":\"TIER_2\"}").json().get("field").asString()).isEqualTo("source");
    }

    @Test
    void theTierHistoryIsTheBundledFileAndAnAnalystsCorrectionIsAuditedWithTheValueBefore() throws Exception {
        List<List<String>> tiers = bundled("data/registries/tip-tiers.csv");
        JsonNode history = new Http(port).get("/api/v1/registries/tiers/NGA").json().get("years");
        List<String> expected = new ArrayList<>();
        tiers.stream().filter(r -> r.get(0).equals("NGA")).forEach(r -> expected.add(r.get(2) + ":" + r.get(3)));
        List<String> got = new ArrayList<>();
        history.forEach(y -> got.add(y.get("year").asInt() + ":" + (y.get("tier").isNull() ? "" : y.get("tier").asString())));
        assertThat(got).isEqualTo(expected);

        String bundled2015 = tiers.stream().filter(r -> r.get(0).equals("MNG") && r.get(2).equals("2015")).findFirst().orElseThrow().get(3);
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        Http.Response set = analyst.putJson("/api/v1/registries/tiers/MNG/2015",
                "{\"tier\":\"TIER_3\",\"source\":\"US Department of State, TIP Report 2015, checked again\"}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("label").asString()).isEqualTo("Tier 3");
        JsonNode mng = new Http(port).get("/api/v1/registries/tiers/MNG").json().get("years");
        assertThat(mng.get(mng.size() - 1).get("tier").asString()).isEqualTo("TIER_3");
        AuditEntry a = audit.find("registries.tier.set", null, 20).stream().filter(e -> e.target().equals("tier:MNG:2015"))
                .findFirst().orElseThrow();
        assertThat(a.before()).contains(bundled2015.isEmpty() ? "null" : bundled2015);
        assertThat(a.after()).contains("checked again");
    }

    static List<List<String>> bundled(String resource) throws Exception {
        try (var in = TreatyRegistryApiTest.class.getClassLoader().getResourceAsStream(resource)) {
            List<List<String>> rows = CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            return rows.subList(1, rows.size());
        }
    }
}
