package org.palermo.caselaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Functional: the case-law API over real HTTP on the real database with the 60 bundled decisions.
 * Expected counts are worked out here from the bundled file itself. Decisions other tests add never
 * contain the word "debt".
 */
@PalermoIntegrationTest
class CaseSearchApiTest {

    private static final Pattern DEBT = Pattern.compile("(?i)\\bdebts?\\b");

    @LocalServerPort
    int port;
    @Autowired
    CaseImport imports;
    @Autowired
    CaseLaw caseLaw;
    @Autowired
    Accounts accounts;

    static List<JsonNode> bundled() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> out = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                CaseSearchApiTest.class.getClassLoader().getResourceAsStream(SeedCases.RESOURCE), StandardCharsets.UTF_8))) {
            in.lines().forEach(l -> out.add(json.readTree(l)));
        }
        return out;
    }

    static boolean has(JsonNode d, String field, String value) {
        JsonNode v = d.get("labels").get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isArray()) {
            for (JsonNode e : v) {
                if (e.asString().equals(value)) {
                    return true;
                }
            }
            return false;
        }
        return v.asString().equals(value);
    }

    static Map<String, Long> facet(JsonNode results, String dim) {
        Map<String, Long> out = new TreeMap<>();
        results.get("facets").get(dim).forEach(f -> out.put(f.get("value").asString(), f.get("count").asLong()));
        return out;
    }

    @Test
    void wordsAndAPurposeGiveHitsFacetCountsAndTotalAsInTheData() throws Exception {
        List<JsonNode> debt = bundled().stream().filter(d -> DEBT.matcher(d.get("text").asString()).find()).toList();
        List<JsonNode> expected = debt.stream().filter(d -> has(d, "purposes", "FORCED_LABOUR")).toList();
        assertThat(expected).isNotEmpty();

        Http.Response r = new Http(port).get("/api/v1/cases?q=debt&purpose=FORCED_LABOUR&size=100");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("total").asLong()).isEqualTo(expected.size());
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(h -> ids.add(h.get("id").asString()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected.stream().map(d -> d.get("id").asString()).toList());
        body.get("hits").forEach(h -> {
            assertThat(h.get("highlights").get(0).asString().toLowerCase()).contains("<mark>debt");
            assertThat(h.get("coding").get("purposes").toString()).contains("FORCED_LABOUR");
        });

        Map<String, Long> forms = new TreeMap<>();
        expected.forEach(d -> {
            JsonNode f = d.get("labels").get("form");
            if (f != null && !f.isNull()) {
                forms.merge(f.asString(), 1L, Long::sum);
            }
        });
        assertThat(facet(body, "form")).isEqualTo(forms);
        Map<String, Long> years = new TreeMap<>();
        expected.forEach(d -> {
            String raw = d.get("decision_date_raw").asString();
            if (raw.matches("\\d+/\\d+/\\d+")) {
                int yy = Integer.parseInt(raw.substring(raw.lastIndexOf('/') + 1));
                years.merge(Integer.toString(yy > 50 ? 1900 + yy : 2000 + yy), 1L, Long::sum);
            }
        });
        assertThat(facet(body, "year")).isEqualTo(years);

        // The purpose facet is counted sideways: every decision about debt, whatever its purpose.
        Map<String, Long> purposes = new TreeMap<>();
        debt.forEach(d -> d.get("labels").get("purposes").forEach(p -> purposes.merge(p.asString(), 1L, Long::sum)));
        assertThat(facet(body, "purposes")).isEqualTo(purposes);
        assertThat(facet(body, "jurisdiction")).containsEntry("USA", (long) expected.size());
    }

    @Test
    void filtersCombineAndEveryFacetIsThere() {
        JsonNode all = new Http(port).get("/api/v1/cases?country=USA&purpose=SEXUAL_EXPLOITATION&form=INTERNAL").json();
        assertThat(all.get("total").asLong()).isPositive();
        for (String dim : CaseSearchIndex.DIMS) {
            assertThat(all.get("facets").has(dim)).as(dim).isTrue();
        }
        all.get("hits").forEach(h -> assertThat(h.get("coding").get("form").get(0).asString()).isEqualTo("INTERNAL"));
        JsonNode both = new Http(port).get("/api/v1/cases?purpose=SEXUAL_EXPLOITATION&purpose=FORCED_LABOUR&country=USA&size=1").json();
        JsonNode one = new Http(port).get("/api/v1/cases?purpose=FORCED_LABOUR&country=USA&size=1").json();
        assertThat(both.get("total").asLong()).isGreaterThan(one.get("total").asLong());
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        Http.Response r = new Http(port).get("/api/v1/cases?purpose=FUN");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("field").asString()).isEqualTo("purpose");
        assertThat(new Http(port).get("/api/v1/cases?country=XXX").status()).isEqualTo(400);
        assertThat(new Http(port).get("/api/v1/cases?page=0").status()).isEqualTo(400);
        assertThat(new Http(port).get("/api/v1/cases/NO-SUCH-CASE").status()).isEqualTo(404);
    }

    @Test
    void aBundledDecisionShowsItsHumanCodingAndItsDate() {
        JsonNode d = new Http(port).get("/api/v1/cases/USA003").json();
        assertThat(d.get("decision_date").asString()).isEqualTo("2006-06-09");
        assertThat(d.get("decision_date_text").asString()).isEqualTo("6/9/06");
        assertThat(d.get("level").asString()).isEqualTo("APPEAL");
        assertThat(d.get("human_coded").asBoolean()).isTrue();
        d.get("coding").forEach(c -> assertThat(c.get("origin").asString()).isEqualTo("IMPORTED"));
        assertThat(d.get("coding").toString()).contains("\"victims\"").contains("\"value\":\"4\"");
        JsonNode counts = new Http(port).get("/api/v1/cases/countries").json();
        assertThat(counts.toString()).contains("\"country\":\"USA\"");
    }

    @Test
    void anUncodedDecisionIsCodedOnArrivalAndReviewedValueByValue() throws Exception {
        String key = "T-" + UUID.randomUUID();
        String text = "In 2015 the defendant recruited three women from Romania with false promises of work in restaurants "
                + "and transported them to London, where they were forced into prostitution. <script>alert(1)</script> "
                + "He threatened them with violence and took their passports.";
        String line = JsonMapper.builder().build().writeValueAsString(Map.of("id", key, "jurisdiction", "GBR",
                "name", "R v. Someone " + key, "decision_date", "3/4/15", "text", text));
        CaseImport.Report report = imports.importJsonl(new java.io.StringReader(line + "\n" + line + "\n"), null);
        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.warnings()).singleElement().asString().contains("'3/4/15'").contains("either way round");

        DecisionView d = caseLaw.get(key);
        assertThat(d.humanCoded()).isFalse();
        assertThat(d.decisionDate()).isNull();
        assertThat(d.year()).isEqualTo(2015);
        assertThat(d.coding()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.origin()).isEqualTo("CODER");
            assertThat(c.status()).isEqualTo("SUGGESTED");
            if (c.quote() != null) {
                assertThat(d.text().substring(c.start(), c.end())).isEqualTo(c.quote());
            }
        });
        assertThat(d.values("purposes")).extracting(CodedValue::value).contains("SEXUAL_EXPLOITATION");

        JsonNode found = new Http(port).get("/api/v1/cases?q=" + Http.q("passports restaurants") + "&country=GBR&coding=SUGGESTED").json();
        assertThat(found.toString()).contains(key);
        JsonNode hit = null;
        for (JsonNode h : found.get("hits")) {
            if (h.get("id").asString().equals(key)) {
                hit = h;
            }
        }
        assertThat(hit.get("coding_status").asString()).isEqualTo("SUGGESTED");
        assertThat(hit.get("highlights").get(0).asString()).doesNotContain("<script>");

        String reviewer = TestAccounts.token(accounts, Role.REVIEWER);
        CodedValue purpose = d.values("purposes").get(0);
        Http.Response accepted = new Http(port).as(reviewer).postJson("/api/v1/cases/" + key + "/coding/" + purpose.id() + "/accept", "");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        Http.Response corrected = new Http(port).as(reviewer).putJson("/api/v1/cases/" + key + "/coding/form", "{\"values\": [\"TRANSNATIONAL\"]}");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(caseLaw.get(key).values("form")).singleElement().satisfies(v -> {
            assertThat(v.origin()).isEqualTo("REVIEWED");
            assertThat(v.value()).isEqualTo("TRANSNATIONAL");
        });
        assertThat(new Http(port).as(TestAccounts.token(accounts, Role.RESEARCHER))
                .postJson("/api/v1/cases/" + key + "/coding/" + purpose.id() + "/reject", "").status()).isEqualTo(403);
        assertThat(new Http(port).as(reviewer).putJson("/api/v1/cases/" + key + "/coding/form", "{\"values\": [\"SIDEWAYS\"]}").status())
                .isEqualTo(400);
    }
}
