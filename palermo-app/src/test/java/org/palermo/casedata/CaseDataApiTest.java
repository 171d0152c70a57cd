package org.palermo.casedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

/** Importing CTDC files over HTTP and reading what is published, as analysts and the public see it. */
@PalermoIntegrationTest
class CaseDataApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Audit audit;
    @Autowired
    JdbcClient jdbc;

    Http analyst() {
        return new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
    }

    long datasets() {
        return jdbc.sql("select count(*) from case_dataset").query(Long.class).single();
    }

    long records() {
        return jdbc.sql("select count(*) from case_record").query(Long.class).single();
    }

    @Test
    void theCtdcSampleImportsAndIsPublishedOnlyAsSuppressedAggregates() {
        Http analyst = analyst();
        Http.Response r = analyst.postFile("/api/v1/case-data/imports", "file", "ctdc_sample.csv", CtdcFiles.freshSample());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("dataset_id").asLong();
        assertThat(r.json().get("records").asInt()).isEqualTo(12);
        assertThat(r.json().get("ignored_columns").toString()).contains("majorityStatusAtExploit").contains("By using this data");

        JsonNode rows = analyst.get("/api/v1/case-data/records?dataset=" + id).json();
        assertThat(rows.get("total").asInt()).isEqualTo(12);
        assertThat(rows.get("records").get(0).get("citizenship").asString()).isEqualTo("COL");

        JsonNode byYear = analyst.get("/api/v1/case-data/aggregates?by=year&dataset=" + id).json();
        assertThat(byYear.get("total").get("value").asInt()).as("12 records share no quasi-identifier: k = 11 holds").isEqualTo(12);
        assertThat(byYear.get("cells")).hasSize(3);
        for (JsonNode cell : byYear.get("cells")) {
            assertThat(cell.get("value").isNull()).as(cell.toString()).isTrue();
            assertThat(cell.get("value_text").asString()).isEqualTo("suppressed");
        }
        assertThat(byYear.get("suppressed").get("cells").asInt()).isEqualTo(3);
        assertThat(byYear.get("suppressed").get("records").asInt()).isEqualTo(12);

        JsonNode bySexAge = analyst.get("/api/v1/case-data/aggregates?by=sex,age_band&dataset=" + id).json();
        for (JsonNode cell : bySexAge.get("cells")) {
            assertThat(cell.get("protection").asString()).isEqualTo("suppressed");
        }
        assertPublishedNumbersAreProtected(bySexAge);
        JsonNode byCitizenship = analyst.get("/api/v1/case-data/aggregates?by=citizenship,country&dataset=" + id).json();
        assertThat(byCitizenship.get("cells").findValuesAsString("value_text")).containsOnly("suppressed");
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        Http analyst = analyst();
        byte[] file = CtdcFiles.freshSample();
        long id = analyst.postFile("/api/v1/case-data/imports", "file", "again.csv", file).json().get("dataset_id").asLong();
        long before = records();
        Http.Response again = analyst.postFile("/api/v1/case-data/imports", "file", "again-renamed.csv", file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("created").asBoolean()).isFalse();
        assertThat(again.json().get("dataset_id").asLong()).isEqualTo(id);
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void aFileWithANameColumnIsRefusedByNameAndNothingIsWritten() {
        long datasets = datasets();
        long records = records();
        Http.Response r = analyst().postFile("/api/v1/case-data/imports", "file", "with-names.csv", CtdcFiles.withColumn("name", "Maria"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("column 'name'").contains("Nothing was imported");
        assertThat(datasets()).isEqualTo(datasets);
        assertThat(records()).isEqualTo(records);
        AuditEntry refused = audit.find("casedata.import", "", 5).get(0);
        assertThat(refused.outcome()).isEqualTo("REFUSED");
        assertThat(refused.detail()).contains("'name'");
        assertThat(refused.target()).isEqualTo("file:with-names.csv");
    }

    @Test
    void badRowsAreReportedByLineAndRefuseTheFileUnlessSkipped() {
        List<String> lines = CtdcFiles.sampleLines();
        lines.set(2, lines.get(2).replace(",Female,", ",Femail,"));
        lines.set(5, lines.get(5).replace(",PH,", ",ZZ,"));
        lines.add("");
        lines.add("# " + System.nanoTime());
        byte[] file = CtdcFiles.of(lines);
        long records = records();

        Http analyst = analyst();
        Http.Response refused = analyst.postFile("/api/v1/case-data/imports", "file", "bad.csv", file);
        assertThat(refused.status()).isEqualTo(400);
        JsonNode rows = refused.json().get("rows");
        List<Integer> badLines = new ArrayList<>();
        rows.forEach(row -> badLines.add(row.get("line").asInt()));
        assertThat(badLines).as("line 14 is blank and skipped").containsExactly(3, 6, 15);
        assertThat(rows.get(0).get("problem").asString()).contains("gender").contains("Femail");
        assertThat(rows.get(1).get("problem").asString()).contains("citizenship").contains("ZZ");
        assertThat(records()).isEqualTo(records);

        Http.Response skipped = analyst.postFile("/api/v1/case-data/imports", "file", "bad.csv", file, "skip_bad_rows", "true");
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(201);
        assertThat(skipped.json().get("records").asInt()).isEqualTo(10);
        assertThat(skipped.json().get("skipped_rows")).hasSize(3);
        assertThat(records()).isEqualTo(records + 10);
    }

    @Test
    void thePublicSeesOnlyProtectedNumbersWhateverItAsks() {
        Http anyone = new Http(port);
        for (String query : List.of("", "?by=sex", "?by=sex,age_band", "?by=citizenship,country", "?by=year&country=PHL",
                "?by=form,sex", "?by=means&citizenship=UKR", "?by=sex,age_band,citizenship,year", "?by=recruiter,form&year=2018")) {
            Http.Response r = anyone.get("/api/v1/case-data/aggregates" + query);
            assertThat(r.status()).as(query + " " + r.body()).isEqualTo(200);
            assertPublishedNumbersAreProtected(r.json());
        }
        assertThat(anyone.get("/api/v1/case-data/aggregates?by=sex&dataset=1").status())
                .as("comparing data sets could undo the protection").isEqualTo(400);
        assertThat(anyone.get("/api/v1/case-data/records").status()).isEqualTo(401);
    }

    @Test
    void theCsvAndThePageShowExactlyTheNumbersOfTheApi() {
        Http anyone = new Http(port);
        String query = "?by=sex,age_band&country=USA";
        JsonNode json = anyone.get("/api/v1/case-data/aggregates" + query).json();
        Map<String, String> fromJson = new TreeMap<>();
        json.get("cells").forEach(c -> fromJson.put(c.get("sex").asString() + "/" + c.get("age_band").asString(), c.get("value_text").asString()));
        assertThat(fromJson).isNotEmpty().containsValue("suppressed");

        Http.Response csv = anyone.get("/api/v1/case-data/aggregates.csv" + query);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        Map<String, String> fromCsv = new TreeMap<>();
        String[] lines = csv.body().split("\n");
        assertThat(lines[0]).isEqualTo("sex,age_band,count,protection");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            if (!f[0].equals("all") && !f[1].equals("all")) {
                fromCsv.put(f[0] + "/" + f[1], f[2]);
            }
        }
        assertThat(fromCsv).isEqualTo(fromJson);

        String page = anyone.get("/case-data" + query).body();
        for (var e : fromJson.entrySet()) {
            String[] dims = e.getKey().split("/");
            assertThat(page).containsPattern("<td>" + java.util.regex.Pattern.quote(dims[0]) + "</td>\\s*<td>"
                    + java.util.regex.Pattern.quote(dims[1]) + "</td>\\s*<td class=\"num[^\"]*\">"
                    + java.util.regex.Pattern.quote(e.getValue().replace("<", "&lt;")) + "</td>");
        }
        assertThat(page).contains("Download CSV").contains("synthetic demonstration data");
    }

    @Test
    void badQuestionsAreAnsweredWith400NamingTheParameter() {
        Http anyone = new Http(port);
        assertThat(anyone.get("/api/v1/case-data/aggregates?by=name").json().get("field").asString()).isEqualTo("by");
        assertThat(anyone.get("/api/v1/case-data/aggregates?country=XXX").json().get("field").asString()).isEqualTo("country");
        assertThat(anyone.get("/api/v1/case-data/aggregates?year=20x8").status()).isEqualTo(400);
        assertThat(anyone.get("/api/v1/case-data/aggregates?by=sex&sex=female").status()).isEqualTo(400);
        assertThat(anyone.get("/api/v1/case-data/aggregates?by=sex,age_band,year,form,means").status()).isEqualTo(400);
        assertThat(anyone.get("/case-data?by=nonsense").body()).contains("Unknown breakdown").doesNotContain("Whitelabel");
    }

    /** No number below 5 is shown; every shown cell over the quasi-identifiers covers at least 11 records. */
    static void assertPublishedNumbersAreProtected(JsonNode answer) {
        List<JsonNode> numbers = new ArrayList<>();
        answer.get("cells").forEach(numbers::add);
        answer.get("margins").forEach(numbers::add);
        numbers.add(answer.get("total"));
        for (JsonNode n : numbers) {
            String protection = n.get("protection").asString();
            JsonNode value = n.get("value");
            switch (protection) {
                case "k-anonymous" -> assertThat(value.asLong()).as(n.toString()).isGreaterThanOrEqualTo(5);
                case "<5" -> assertThat(value.isNull() && n.get("value_text").asString().equals("<5")).as(n.toString()).isTrue();
                case "suppressed" -> assertThat(value.isNull()).as(n.toString()).isTrue();
                case "empty" -> assertThat(value.asLong()).isZero();
                default -> throw new AssertionError("unknown protection " + protection);
            }
            boolean multi = answer.get("by").toString().matches(".*\"(form|means|recruiter)\".*");
            if (protection.equals("k-anonymous") && !multi) {
                assertThat(value.asLong()).as("k-anonymity over the quasi-identifiers: " + n).isGreaterThanOrEqualTo(11);
            }
        }
    }
}
