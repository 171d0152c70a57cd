package org.palermo.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.documents.Documents;
import org.palermo.documents.IngestResult;
import org.palermo.documents.SourceType;
import org.palermo.documents.Upload;
import org.palermo.facts.Decision;
import org.palermo.facts.FactQuery;
import org.palermo.facts.FactRow;
import org.palermo.facts.Facts;
import org.palermo.facts.NewFact;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The citation index and flows over real HTTP on the demo data, and that they follow review decisions at once. */
@PalermoIntegrationTest
class PatternsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Documents documents;
    @Autowired
    Facts facts;
    @Autowired
    Accounts accounts;

    Http http() {
        return new Http(port);
    }

    @Test
    void theCitationIndexFollowsTheContractAndCountsEachTipEditionAsOneSource() {
        Http.Response r = http().get("/api/v1/citation-index?role=DESTINATION");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("X-Data-Version")).isNotBlank();
        JsonNode tha = find(r.json(), "country", "THA");
        assertThat(tha.get("level").asString()).isEqualTo("VERY_HIGH");
        assertThat(tha.get("sources").asInt()).isGreaterThanOrEqualTo(16);
        for (JsonNode row : r.json()) {
            assertThat(row.get("level").asString()).isIn("VERY_HIGH", "HIGH", "MEDIUM", "LOW", "VERY_LOW");
            assertThat(row.get("sources").asInt()).isPositive();
        }
        JsonNode byPublisher = find(http().get("/api/v1/citation-index?role=DESTINATION&count=publishers").json(), "country", "THA");
        assertThat(byPublisher.get("sources").asInt()).as("the 16 TIP editions are one publisher").isLessThan(tha.get("sources").asInt());
        JsonNode oneYear = find(http().get("/api/v1/citation-index?role=ORIGIN&from=2009&to=2009").json(), "country", "MMR");
        assertThat(oneYear.get("sources").asInt()).isEqualTo(1);
    }

    @Test
    void flowsFollowTheContractAndFilter() {
        JsonNode all = http().get("/api/v1/flows").json();
        JsonNode mmrTha = findPair(all, "MMR", "THA");
        assertThat(mmrTha.get("sources").asInt()).isEqualTo(16);
        assertThat(mmrTha.get("weight").asDouble()).isEqualTo(1.0);
        JsonNode period = http().get("/api/v1/flows?from=2010&to=2012").json();
        assertThat(findPair(period, "MMR", "THA").get("sources").asInt()).isEqualTo(3);
        JsonNode europe = http().get("/api/v1/flows?region=Europe").json();
        for (JsonNode f : europe) {
            assertThat(List.of(f.get("origin_region").asString(), f.get("destination_region").asString())).contains("Europe");
        }
        assertThat(http().get("/api/v1/flows?form=FORCED_LABOUR").status()).isEqualTo(200);
        assertThat(http().get("/api/v1/flows?form=KIDNAPPING").status()).isEqualTo(400);
        assertThat(http().get("/api/v1/flows?from=2016&to=2001").status()).isEqualTo(400);
        assertThat(http().get("/api/v1/citation-index?role=SOMEWHERE").json().get("field").asString()).isEqualTo("role");
    }

    @Test
    void acceptingASuggestionChangesTheIndexAndTheFlowsWithoutARebuild() throws Exception {
        // Bouvet Island → Heard Island: no demo fact names either
        String tag = UUID.randomUUID().toString();
        IngestResult doc = documents.ingest(new Upload("review-" + tag + ".txt",
                ("Victims from Bouvet Island were exploited on Heard Island. " + tag).getBytes(StandardCharsets.UTF_8),
                SourceType.NGO, "Test NGO " + tag, null));
        long sourceId = documents.get(doc.documentId()).source().id();
        int before = sourcesOf("HMD");
        facts.storeRun(doc.documentId(), sourceId, "test-extractor/" + tag, List.of(
                NewFact.flow("BVT", "HMD", List.of("FORCED_LABOUR"), 2015, "Victims from Bouvet Island were exploited on Heard Island.",
                        0, 58, "test-extractor/" + tag, null)));
        assertThat(sourcesOf("HMD")).as("a suggestion is not in the public index").isEqualTo(before);
        String researcher = TestAccounts.token(accounts, Role.RESEARCHER);
        assertThat(find(http().as(researcher).get("/api/v1/citation-index?role=DESTINATION&basis=all").json(), "country", "HMD"))
                .as("basis=all shows suggestions to an account").isNotNull();
        assertThat(http().get("/api/v1/flows?basis=all").status()).isEqualTo(403);

        FactRow suggestion = facts.find(new FactQuery(doc.documentId(), null, null, "SUGGESTED", 0, 10, 0)).get(0);
        facts.decide(suggestion.id(), Decision.ACCEPT, null, "test");

        assertThat(sourcesOf("HMD")).isEqualTo(before + 1);
        JsonNode flow = findPair(http().get("/api/v1/flows?form=FORCED_LABOUR&from=2015&to=2015").json(), "BVT", "HMD");
        assertThat(flow).isNotNull();
        assertThat(flow.get("sources").asInt()).isEqualTo(1);

        facts.decide(suggestion.id(), Decision.REJECT, null, "test undo");
        assertThat(findPair(http().get("/api/v1/flows").json(), "BVT", "HMD")).isNull();
    }

    @Test
    void everyTipLineIsAFactOrAListedUnresolvedName() {
        JsonNode imports = http().get("/api/v1/flows/imports").json();
        List<String> unresolved = new ArrayList<>();
        int tipImports = 0;
        for (JsonNode i : imports) {
            if (i.get("year").asInt() < 2001 || i.get("year").asInt() > 2016) {
                continue;
            }
            tipImports++;
            java.util.Set<Integer> badLines = new java.util.HashSet<>();
            i.get("unresolved").forEach(u -> {
                unresolved.add(u.get("name").asString());
                badLines.add(u.get("line_no").asInt());
            });
            assertThat(i.get("facts").asInt() + badLines.size()).as(i.get("file_name").asString()).isEqualTo(i.get("lines").asInt());
        }
        assertThat(tipImports).isEqualTo(16);
        assertThat(unresolved).contains("Tibet", "Netherlands Antilles", "Kosovo").doesNotContain("Madagaskar", "Guinea Bissau");
    }

    @Test
    void analysesDownloadAsCsv() {
        for (String path : List.of("/api/v1/citation-index?role=ORIGIN&format=csv", "/api/v1/flows?format=csv",
                "/api/v1/patterns/trends?format=csv", "/api/v1/patterns/changes?format=csv",
                "/api/v1/patterns/victim-profiles?format=csv", "/api/v1/patterns/development?format=csv",
                "/api/v1/patterns/gaps?format=csv")) {
            Http.Response r = http().get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.header("Content-Type")).as(path).startsWith("text/csv");
            assertThat(r.body().lines().count()).as(path).isGreaterThan(1);
        }
        assertThat(http().get("/api/v1/flows?format=csv").body()).startsWith("origin,origin_name,destination");
    }

    @Test
    void trendsChangesDevelopmentAndGapsAnswer() {
        JsonNode trends = http().get("/api/v1/patterns/trends").json();
        assertThat(trends.size()).isGreaterThanOrEqualTo(16);
        JsonNode changes = http().get("/api/v1/patterns/changes?before=2001-2005&after=2012-2016&country=THA").json();
        assertThat(changes.get("changes").size()).isPositive();
        for (JsonNode change : changes.get("changes")) {
            if (change.get("origin").isString()) {
                assertThat(change.get("origin_name").asString()).isNotBlank().isNotEqualTo(change.get("origin").asString());
                assertThat(change.get("destination_name").asString()).isNotBlank()
                        .isNotEqualTo(change.get("destination").asString());
            } else {
                assertThat(change.get("country_name").asString()).isEqualTo("Thailand");
            }
        }
        JsonNode dev = http().get("/api/v1/patterns/development?role=ORIGIN").json();
        assertThat(dev.get("caveat").asString()).contains("not a cause");
        assertThat(dev.get("correlations").get(0).get("n").asInt()).isGreaterThan(100);
        JsonNode gaps = http().get("/api/v1/patterns/gaps").json();
        assertThat(gaps.get("countries_without_data").toString()).contains("ATA");
        assertThat(http().get("/api/v1/patterns/victim-profiles").json().get("mentions_basis").asString()).contains("not how many victims");
    }

    @Test
    void victimProfilesOfACountryShowItsGlotipSharesBesideTheFacts() {
        JsonNode profile = http().get("/api/v1/patterns/victim-profiles?country=NGA").json();
        assertThat(profile.get("statistics_note").asString()).contains("GLOTIP").contains("NGA");
        JsonNode shares = profile.get("statistics");
        assertThat(shares.size()).isPositive();
        JsonNode page = http().get("/api/v1/statistics/countries/NGA").json().get("shares");
        assertThat(shares.toString()).isEqualTo(page.toString());
        boolean anyShare = false;
        for (JsonNode s : shares) {
            if (!s.get("share_women_and_girls").isNull()) {
                anyShare = true;
                assertThat(s.get("share_women_and_girls").asDouble()).isBetween(0.0, 1.0);
            }
        }
        assertThat(anyShare).as("Nigeria publishes detected victims by sex for some year").isTrue();
    }

    @Test
    void victimProfilesOfARegionPoolTheCountriesThatPublishedAllThreeFigures() {
        String region = "South-eastern Asia";
        // the expectation from each country's statistics page: years where total, women and girls and children are all numbers
        java.util.Map<Integer, long[]> expected = new java.util.TreeMap<>();
        for (JsonNode c : http().get("/api/v1/countries").json()) {
            if (!region.equals(c.get("subregion").asString())) {
                continue;
            }
            for (JsonNode y : http().get("/api/v1/statistics/countries/" + c.get("iso3").asString()).json().get("shares")) {
                if (!y.get("total").isNull() && y.get("total").asLong() > 0 && !y.get("women_and_girls").isNull() && !y.get("children").isNull()) {
                    long[] sum = expected.computeIfAbsent(y.get("year").asInt(), k -> new long[4]);
                    sum[0]++;
                    sum[1] += y.get("total").asLong();
                    sum[2] += y.get("women_and_girls").asLong();
                    sum[3] += y.get("children").asLong();
                }
            }
        }
        assertThat(expected).isNotEmpty();
        JsonNode profile = http().get("/api/v1/patterns/victim-profiles?region=" + Http.q(region)).json();
        assertThat(profile.get("statistics_note").asString()).contains("Pooled").contains(region);
        java.util.Map<Integer, long[]> shown = new java.util.TreeMap<>();
        for (JsonNode y : profile.get("statistics")) {
            shown.put(y.get("year").asInt(), new long[] {y.get("countries").asLong(), y.get("total").asLong(),
                    y.get("women_and_girls").asLong(), y.get("children").asLong()});
            assertThat(y.get("share_women_and_girls").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(shown.keySet()).isEqualTo(expected.keySet());
        expected.forEach((year, sum) -> assertThat(shown.get(year)).as(String.valueOf(year)).containsExactly(sum));
        String csv = http().get("/api/v1/patterns/victim-profiles?format=csv&region=" + Http.q(region)).body();
        assertThat(csv.lines().filter(l -> l.startsWith("national_statistics,")).count()).isEqualTo(2L * expected.size());
    }

    private int sourcesOf(String iso3) {
        JsonNode row = find(http().get("/api/v1/citation-index?role=DESTINATION").json(), "country", iso3);
        return row == null ? 0 : row.get("sources").asInt();
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asString().equals(value)) {
                return n;
            }
        }
        return null;
    }

    static JsonNode findPair(JsonNode array, String origin, String destination) {
        for (JsonNode n : array) {
            if (n.get("origin").asString().equals(origin) && n.get("destination").asString().equals(destination)) {
                return n;
            }
        }
        return null;
    }
}
