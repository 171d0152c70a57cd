package org.palermo.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.palermo.text.CsvReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The technical-assistance registry over real HTTP: the bundled US grants, overlap detection with its reasons,
 * IATI XML that round-trips, files refused with their reasons (not IATI, not 2.0x, unsafe XML, bad rows), the
 * matrix and the roles. Countries of the Sahel for imported projects; Nigeria's grants as bundled.
 */
@PalermoIntegrationTest
class AssistanceApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    Http http() {
        return new Http(port);
    }

    Http as(Role role) {
        return http().as(TestAccounts.token(accounts, role));
    }

    /** The bundled grant rows, read here from the CSV, not through the registry. */
    static List<List<String>> grantRows() throws IOException {
        try (InputStream in = AssistanceApiTest.class.getClassLoader().getResourceAsStream("data/assistance/us-tip-grants.csv")) {
            List<List<String>> rows = CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            return rows.subList(1, rows.size());
        }
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = AssistanceApiTest.class.getClassLoader().getResourceAsStream("assistance/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void nigeriasGrantsOfFiscalYear2002OverlapPairwiseWhereTheyShareAPillarEachWithItsReason() throws IOException {
        // Expected from the source file: Nigeria's listed grants of FY2002, pairs sharing one of the 3P flags
        List<List<String>> fy2002 = grantRows().stream()
                .filter(r -> r.get(3).equals("NGA") && r.get(1).equals("2002") && r.get(6).equals("true")).toList();
        assertThat(fy2002).hasSize(7);
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < fy2002.size(); i++) {
            for (int j = i + 1; j < fy2002.size(); j++) {
                List<String> a = fy2002.get(i);
                List<String> b = fy2002.get(j);
                boolean shared = false;
                for (int k = 11; k <= 13; k++) {
                    shared |= a.get(k).equals("true") && b.get(k).equals("true");
                }
                if (shared) {
                    expected.add("US-TIP-GRANT-" + a.get(0) + "|US-TIP-GRANT-" + b.get(0));
                }
            }
        }
        assertThat(expected).hasSize(18);

        JsonNode answer = http().get("/api/v1/assistance/overlaps?country=NGA&limit=5000").json();
        Set<String> found = new TreeSet<>();
        JsonNode top = null;
        for (JsonNode p : answer.get("pairs")) {
            if (p.get("overlap_to").asString().equals("2002-09-30")) {
                String a = p.get("first").get("identifier").asString();
                String b = p.get("second").get("identifier").asString();
                found.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
                if (top == null) {
                    top = p;
                }
            }
        }
        assertThat(found).isEqualTo(expected);
        // the same organisation (IOM), the same funder, the same year: the first lead to look at
        assertThat(List.of(top.get("first").get("identifier").asString(), top.get("second").get("identifier").asString()))
                .containsExactlyInAnyOrder("US-TIP-GRANT-2561", "US-TIP-GRANT-2564");
        assertThat(top.get("reason").asString()).contains("Nigeria", "Oct 2001", "Sep 2002", "same implementer (IOM)", "same funder");
        assertThat(top.get("reason").asString()).contains("descriptions not compared");
        for (JsonNode p : answer.get("pairs")) {
            assertThat(p.get("reason").asString()).isNotBlank().contains("Nigeria");
        }
        String csv = http().get("/api/v1/assistance/overlaps.csv?country=NGA").body();
        assertThat(csv.lines().count()).isEqualTo(answer.get("total").asLong() + 1);
        assertThat(csv).contains("US-TIP-GRANT-2561", "same implementer (IOM)");
    }

    @Test
    void theGrantsAreLoadedWithTheirPillarsFundersAndFiscalYearsAndCountInTheMatrix() throws IOException {
        List<List<String>> ngaProtection = grantRows().stream()
                .filter(r -> r.get(3).equals("NGA") && r.get(6).equals("true") && r.get(12).equals("true")).toList();
        JsonNode grant = http().get("/api/v1/assistance/projects?q=US-TIP-GRANT-2575").json().get("projects").get(0);
        assertThat(grant.get("title").asString()).contains("FY2006", "ABA", "Nigeria");
        assertThat(grant.get("start_date").asString()).isEqualTo("2005-10-01");
        assertThat(grant.get("end_date").asString()).isEqualTo("2006-09-30");
        assertThat(grant.get("budget").asLong()).isEqualTo(450000);
        assertThat(grant.get("pillars").toString()).contains("PROSECUTION", "PROTECTION").doesNotContain("PREVENTION");
        assertThat(grant.get("organisations").toString()).contains("United States Government", "FUNDING", "ABA", "IMPLEMENTING");

        JsonNode cells = http().get("/api/v1/assistance/matrix?country=NGA&pillar=PROTECTION").json();
        JsonNode us = null;
        for (JsonNode c : cells) {
            if (c.get("funder").asString().equals("United States Government")) {
                us = c;
            }
        }
        assertThat(us.get("projects").asInt()).isEqualTo(ngaProtection.size());
        assertThat(http().get("/api/v1/assistance/matrix.csv?country=NGA").body()).startsWith("where,name,region,pillar,funder")
                .contains("Nigeria,false,PROTECTION,United States Government");

        JsonNode donors = http().get("/api/v1/assistance/donors").json();
        assertThat(donors.toString()).contains("United States Government");
        JsonNode codes = http().get("/api/v1/assistance/codes").json();
        assertThat(codes.toString()).contains("15180", "15190", "16070", "\"8.7\"", "\"5.2\"", "\"16.2\"");
    }

    @Test
    void anIatiFileRoundTripsImportExportImportToTheSameProjects() throws IOException {
        Http analyst = as(Role.ANALYST);
        Http.Response first = analyst.postFile("/api/v1/assistance/imports", "file", "sahel-activities.xml", fixture("sahel-activities.xml"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("files").get(0).get("projects").asInt()).isEqualTo(3);
        List<JsonNode> before = sahel();
        assertThat(before).hasSize(3);
        JsonNode shelters = before.get(0);
        assertThat(shelters.get("identifier").asString()).isEqualTo("XM-TEST-SAHEL-001");
        assertThat(shelters.get("budget").asInt()).isEqualTo(1200000);
        assertThat(shelters.get("currency").asString()).isEqualTo("EUR");
        assertThat(shelters.get("measures").toString()).contains("b.7");
        assertThat(shelters.get("transactions").get(1).get("value").asDouble()).isEqualTo(400000.5);
        JsonNode twoCountries = before.get(1);
        assertThat(twoCountries.get("start_date").asString()).as("actual start before planned").isEqualTo("2026-03-01");
        assertThat(twoCountries.get("countries").toString()).contains("BFA", "MLI", "40", "60");
        assertThat(twoCountries.get("currency").asString()).as("the activity's default currency").isEqualTo("USD");
        JsonNode open = before.get(2);
        assertThat(open.get("end_date").isNull()).isTrue();
        assertThat(open.get("sectors").toString()).contains("16.2").contains("15130");
        assertThat(open.get("pillars").toString()).contains("PROSECUTION");

        byte[] exported = http().get("/api/v1/assistance/projects.xml?q=XM-TEST-SAHEL").body().getBytes(StandardCharsets.UTF_8);
        assertThat(new String(exported, StandardCharsets.UTF_8)).startsWith("<?xml").contains("version=\"2.03\"", "role=\"4\"",
                "<recipient-country code=\"ML\"", "vocabulary=\"1\" code=\"15180\"", "urn:palermo:measure");
        Http.Response again = analyst.postFile("/api/v1/assistance/imports", "file", "exported.xml", exported);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("files").get(0).get("replaced").asInt()).isEqualTo(3);
        assertThat(again.json().get("files").get(0).get("created").asInt()).isZero();
        List<JsonNode> after = sahel();
        for (int i = 0; i < 3; i++) {
            assertThat(withoutOrigin(after.get(i))).isEqualTo(withoutOrigin(before.get(i)));
        }

        // The two shelter projects in Mali overlap: same implementer, similar descriptions, different funders
        JsonNode pair = null;
        for (JsonNode p : http().get("/api/v1/assistance/overlaps?country=MLI&limit=5000").json().get("pairs")) {
            if (p.get("first").get("identifier").asString().startsWith("XM-TEST-SAHEL")
                    && p.get("second").get("identifier").asString().startsWith("XM-TEST-SAHEL")) {
                pair = p;
            }
        }
        assertThat(pair).isNotNull();
        assertThat(pair.get("description_similarity").asDouble()).isGreaterThan(0.3);
        assertThat(pair.get("reason").asString()).contains("Mali", "protection", "same implementer (Shelter Network West Africa)",
                "descriptions", "shared terms", "different funders");
        String shelters0 = before.get(0).get("description").asString().toLowerCase(java.util.Locale.ROOT);
        String shelters1 = before.get(1).get("description").asString().toLowerCase(java.util.Locale.ROOT);
        assertThat(pair.get("shared_terms")).isNotEmpty();
        pair.get("shared_terms").forEach(t -> assertThat(shelters0).as("a shared term is in both descriptions").contains(t.asString()));
        pair.get("shared_terms").forEach(t -> assertThat(shelters1).as("a shared term is in both descriptions").contains(t.asString()));
    }

    private List<JsonNode> sahel() {
        List<JsonNode> out = new ArrayList<>();
        http().get("/api/v1/assistance/projects?q=XM-TEST-SAHEL").json().get("projects").forEach(out::add);
        out.sort((a, b) -> a.get("identifier").asString().compareTo(b.get("identifier").asString()));
        return out;
    }

    private static JsonNode withoutOrigin(JsonNode project) {
        ObjectNode copy = (ObjectNode) project.deepCopy();
        copy.remove("origin");
        return copy;
    }

    @Test
    void aFileThatIsNotIatiOrNot20xOrUnsafeIsRefusedWithTheReasonAndTheGoodFileBesideItIsImported() throws IOException {
        Http analyst = as(Role.ANALYST);
        Http.Response rss = analyst.postFile("/api/v1/assistance/imports", "file", "feed.xml",
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8));
        assertThat(rss.status()).isEqualTo(400);
        assertThat(rss.header("Content-Type")).startsWith("application/problem+json");
        assertThat(rss.json().get("detail").asString()).isEqualTo("feed.xml: not an IATI activity file: the root element is <rss>, not <iati-activities>");

        Http.Response v1 = analyst.postFile("/api/v1/assistance/imports", "file", "old.xml",
                "<iati-activities version=\"1.05\"><iati-activity/></iati-activities>".getBytes(StandardCharsets.UTF_8));
        assertThat(v1.json().get("detail").asString()).contains("IATI version 1.05 is not read here", "2.0x");

        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&lol3;</iati-identifier></iati-activity></iati-activities>""";
        Http.Response bomb = analyst.postFile("/api/v1/assistance/imports", "file", "laughs.xml", laughs.getBytes(StandardCharsets.UTF_8));
        assertThat(bomb.status()).isEqualTo(400);
        assertThat(bomb.json().get("detail").asString()).contains("DOCTYPE", "not accepted");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&secret;</iati-identifier></iati-activity></iati-activities>""";
        Http.Response external = analyst.postFile("/api/v1/assistance/imports", "file", "xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(external.status()).isEqualTo(400);
        assertThat(external.body()).doesNotContain("root:");
        assertThat(http().get("/api/v1/assistance/projects?q=root:").json().get("total").asInt()).isZero();

        String bad = """
                <iati-activities version="2.02">
                  <iati-activity>
                    <iati-identifier>XM-TEST-BAD-001</iati-identifier>
                    <title><narrative>Fine</narrative></title>
                    <activity-status code="2"/>
                    <recipient-country code="ML"/>
                  </iati-activity>
                  <iati-activity>
                    <iati-identifier>XM-TEST-BAD-002</iati-identifier>
                    <title><narrative>Bad country and date</narrative></title>
                    <activity-status code="2"/>
                    <activity-date type="1" iso-date="2026-13-45"/>
                    <recipient-country code="ZZ"/>
                  </iati-activity>
                </iati-activities>""";
        String good = "identifier,title,countries,pillars,dac_sectors,start_date,end_date,budget,currency,status,funders,implementers\n"
                + "XM-TEST-CSV-001,Labour inspectors trained in Niger,NER,PROTECTION; PREVENTION,16070,2026-01-01,2026-12-31,50000,USD,IMPLEMENTATION,"
                + "Test Donor Ministry,Test Labour Office\n";
        String boundary = "----palermo-two";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad.xml\"\r\n\r\n" + bad
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"good.csv\"\r\n\r\n" + good
                + "\r\n--" + boundary + "--\r\n";
        JsonNode both = post(analyst, boundary, body);
        assertThat(both.get("imported").asInt()).isEqualTo(1);
        assertThat(both.get("refused").asInt()).isEqualTo(1);
        JsonNode refused = both.get("files").get(0);
        assertThat(refused.get("file").asString()).isEqualTo("bad.xml");
        assertThat(refused.get("problems").toString()).contains("\"line\":12", "activity-date/@iso-date", "2026-13-45")
                .contains("\"line\":13", "recipient-country/@code", "'ZZ'");
        assertThat(http().get("/api/v1/assistance/projects?q=XM-TEST-BAD").json().get("total").asInt())
                .as("nothing of the refused file, not even its good activity").isZero();
        assertThat(http().get("/api/v1/assistance/projects?q=XM-TEST-CSV-001").json().get("total").asInt()).isEqualTo(1);

        String badCsv = "identifier,title,countries,budget,currency,status\nX-1,A,NGA,12,USD,CLOSED\nX-2,B,NIGERIA,abc,USD,OPEN\n";
        JsonNode csvProblems = analyst.postFile("/api/v1/assistance/imports", "file", "bad.csv", badCsv.getBytes(StandardCharsets.UTF_8))
                .json().get("files").get(0).get("problems");
        Set<String> where = new HashSet<>();
        csvProblems.forEach(p -> where.add(p.get("line").asInt() + ":" + p.get("field").asString()));
        assertThat(where).contains("3:countries", "3:budget", "3:status");
    }

    private JsonNode post(Http analyst, String boundary, String body) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(analyst.base() + "/api/v1/assistance/imports"))
                    .header("Authorization", "Bearer " + TestAccounts.token(accounts, Role.ANALYST))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return new Http.Response(response.statusCode(), response.body(), response).json();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void analystsAddProjectsOthersMayNotAndAProjectNamingAMeasureClosesTheGapOfAStatedNeed() {
        Http analyst = as(Role.ANALYST);
        Http focal = http().as(TestAccounts.token(accounts, Role.FOCAL_POINT, "NER"));
        String project = """
                {"identifier": "XM-TEST-NER-%s", "title": "Demand reduction campaign in Niger", "countries": ["NER"],
                 "funders": ["Test Donor Ministry"], "implementers": ["Test NGO"], "measures": ["c.4"],
                 "start_date": "2026-01-01", "end_date": "2027-12-31", "budget": 90000, "currency": "EUR", "status": "IMPLEMENTATION"}""";
        assertThat(focal.postJson("/api/v1/assistance/projects", project.formatted("F")).status()).isEqualTo(403);
        assertThat(http().postJson("/api/v1/assistance/projects", project.formatted("F")).status()).isEqualTo(401);
        Http.Response invalid = analyst.postJson("/api/v1/assistance/projects",
                project.formatted("X").replace("\"NER\"", "\"NERR\"").replace("c.4", "z.9"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").toString()).contains("NERR", "z.9");

        Http.Response round = analyst.postJson("/api/v1/checklist/rounds",
                "{\"checklist\": \"framework-for-action\", \"name\": \"gaps " + java.util.UUID.randomUUID() + "\"}");
        long roundId = round.json().get("id").asLong();
        analyst.postJson("/api/v1/checklist/rounds/" + roundId + "/publish", "");
        focal.putJson("/api/v1/checklist/rounds/" + roundId + "/countries/NER", """
                {"answers": [{"measure": "c.4", "status": "PLANNED", "ta_needs": "A campaign to discourage demand", "submit": true}]}""");
        JsonNode gap = http().get("/api/v1/assistance/gaps?country=NER").json().get(0);
        assertThat(gap.get("measure").asString()).isEqualTo("c.4");
        assertThat(gap.get("state").asString()).isEqualTo("GAP");
        assertThat(gap.get("explanation").asString()).contains("Niger", "c.4");

        Http.Response created = analyst.postJson("/api/v1/assistance/projects", project.formatted("1"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("pillars").toString()).as("a measure implies its pillar").contains("PREVENTION");
        JsonNode closed = http().get("/api/v1/assistance/gaps?country=NER").json().get(0);
        assertThat(closed.get("state").asString()).isEqualTo("BY_MEASURE");
        assertThat(closed.get("projects").get(0).get("identifier").asString()).isEqualTo("XM-TEST-NER-1");
        assertThat(analyst.postJson("/api/v1/assistance/projects", project.formatted("1")).status()).isEqualTo(409);

        long id = created.json().get("id").asLong();
        Http.Response changed = analyst.putJson("/api/v1/assistance/projects/" + id, project.formatted("1").replace("c.4", "c.1"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(http().get("/api/v1/assistance/gaps?country=NER").json().get(0).get("state").asString())
                .as("the project no longer names c.4").isEqualTo("GAP");
    }
}
