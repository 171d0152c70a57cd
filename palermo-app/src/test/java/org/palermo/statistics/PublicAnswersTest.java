package org.palermo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public answers are kept as bytes until the published data change: what readers see through real HTTP
 * after a publication or an import, whoever they are, plain or gzip, revalidated by ETag.
 */
@PalermoIntegrationTest
class PublicAnswersTest {

    static final String NGA = "/api/v1/statistics?country=NGA";
    static final String NGA_SUMMARY = "/api/v1/statistics/countries/NGA";
    static final String NGA_PAGE = "/statistics/countries/NGA";
    static final String MAP_2023 = "/api/v1/statistics/map?indicator=Detected+trafficking+victims&year=2023";
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedSubmissionIsInTheNextAnswerAndADraftInNone() {
        String focal = TestAccounts.token(accounts, Role.FOCAL_POINT, "NGA");
        String analyst = TestAccounts.token(accounts, Role.ANALYST);
        Reply before = get(NGA, null);
        Reply summaryBefore = get(NGA_SUMMARY, null);
        String pageBefore = get(NGA_PAGE, null).text();
        assertThat(figure2023(before)).isNull();
        assertThat(country(get(MAP_2023, null), "NGA")).isNull();

        Http asFocal = new Http(port).as(focal);
        long id = asFocal.postJson("/api/v1/statistics/submissions", "{\"country\": \"NGA\", \"year\": 2023}").json().get("id").asLong();
        assertThat(asFocal.putJson("/api/v1/statistics/submissions/" + id + "/values", """
                {"values": [
                  {"indicator": "Detected trafficking victims", "dimension": "Total", "category": "Total", "sex": "Total", "age": "Total", "value": "4321"},
                  {"indicator": "Detected trafficking victims", "dimension": "Total", "category": "Total", "sex": "Female", "age": "Total", "value": "3000"},
                  {"indicator": "Detected trafficking victims", "dimension": "Total", "category": "Total", "sex": "Total", "age": "0 to 17 years", "value": "1000"}
                ]}""").status()).isEqualTo(200);

        // A draft is nobody's answer: the public, its focal point and an analyst all get the published figures, the same bytes.
        Reply anonymousDraft = get(NGA, null);
        assertThat(figure2023(anonymousDraft)).isNull();
        assertThat(get(NGA, focal).body()).isEqualTo(anonymousDraft.body());
        assertThat(get(NGA, analyst).body()).isEqualTo(anonymousDraft.body());
        assertThat(get(NGA_SUMMARY, focal).text()).doesNotContain("4321");

        assertThat(asFocal.postJson("/api/v1/statistics/submissions/" + id + "/submit", "").status()).isEqualTo(200);
        Http asAnalyst = new Http(port).as(analyst);
        assertThat(asAnalyst.postJson("/api/v1/statistics/submissions/" + id + "/validate", "").status()).isEqualTo(200);
        assertThat(figure2023(get(NGA, null))).as("validated is not published").isNull();
        assertThat(asAnalyst.postJson("/api/v1/statistics/submissions/" + id + "/publish", "").status()).isEqualTo(200);

        Reply after = get(NGA, null);
        JsonNode published = figure2023(after);
        assertThat(published).as("the publication is in the very next answer").isNotNull();
        assertThat(published.get("value").asLong()).isEqualTo(4321);
        assertThat(published.get("source").asString()).isEqualTo("National submission");
        assertThat(after.json().size()).isEqualTo(before.json().size() + 3);
        assertThat(after.etag()).isNotEqualTo(before.etag());
        assertThat(get(NGA, null, "If-None-Match", before.etag()).status()).as("an old ETag is not current").isEqualTo(200);
        assertThat(get(NGA, focal).body()).isEqualTo(after.body());

        Reply summary = get(NGA_SUMMARY, null);
        assertThat(summary.etag()).isNotEqualTo(summaryBefore.etag());
        JsonNode last = null;
        for (JsonNode share : summary.json().get("shares")) {
            last = share;
        }
        assertThat(last.get("year").asInt()).isEqualTo(2023);
        assertThat(last.get("total").asLong()).isEqualTo(4321);
        assertThat(country(get(MAP_2023, null), "NGA").get("value").asLong()).isEqualTo(4321);
        String page = get(NGA_PAGE, null).text();
        assertThat(pageBefore).doesNotContain("4321");
        assertThat(page).contains("<td>2023</td>").contains("4321");
    }

    @Test
    void anImportIsInTheNextAnswer() {
        String source = "GLOTIP-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/v1/statistics?country=NGA&dimension=by+citizenship&year=2019";
        Reply before = get(path, null);
        assertThat(before.text()).doesNotContain(source);
        String file = GlotipImportTest.HEADER
                + GlotipImportTest.row("NGA", "Nigeria", "Detected trafficking victims", "by citizenship", "Beninese", "2019", "77", source);
        Http.Response imported = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST))
                .postFile("/api/v1/statistics/imports", "file", "nga.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).isEqualTo(200);

        Reply after = get(path, null);
        JsonNode row = null;
        for (JsonNode o : after.json()) {
            if (o.get("source").asString().equals(source)) {
                row = o;
            }
        }
        assertThat(row).as("the imported row is in the very next answer").isNotNull();
        assertThat(row.get("category").asString()).isEqualTo("BEN");
        assertThat(row.get("value").asLong()).isEqualTo(77);
        assertThat(after.json().size()).isEqualTo(before.json().size() + 1);
    }

    /** As the command line's {@code import glotip} into the database of a running server does: straight SQL, no call into this process. */
    @Test
    void aChangeMadeByAnotherProcessIsSeenWithinSeconds() throws InterruptedException {
        String source = "GLOTIP-OTHER-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/v1/statistics?country=NGA&dimension=by+citizenship&year=2018";
        assertThat(get(path, null).text()).doesNotContain(source);
        long release = jdbc.sql("""
                        insert into stat_release (source, file_name, sha256, imported_by, row_count, inserted, changed, withdrawn, unchanged)
                        values (:s, 'other.csv', repeat('0', 64), 'cli', 1, 1, 0, 0, 0) returning id""")
                .param("s", source).query(Long.class).single();
        jdbc.sql("""
                        insert into stat_observation (country, country_name, indicator, dimension, category, category_text, sex, age, year,
                            value, value_text, unit, source, row_key, release_id)
                        values ('NGA', 'Nigeria', 'Detected trafficking victims', 'by citizenship', 'TGO', 'Togolese', 'Total', 'Total',
                            2018, 5, '5', 'Counts', :s, gen_random_uuid(), :r)""")
                .param("s", source).param("r", release).update();
        long deadline = System.nanoTime() + 10 * DataVersion.RECHECK_MILLIS * 1_000_000;
        while (!get(path, null).text().contains(source) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(get(path, null).text()).contains(source);
    }

    @Test
    void answersAreRevalidatedByETagAndSentGzipToClientsThatAcceptIt() {
        String path = "/api/v1/statistics?country=ABW&dimension=by+country+of+repatriation&year=2010";
        Reply plain = get(path, null);
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(plain.header("ETag")).startsWith("W/\"");
        assertThat(plain.header("Vary")).containsIgnoringCase("Accept-Encoding");
        assertThat(plain.header("Cache-Control")).isEqualTo("no-cache");
        JsonNode ukraine = null;
        for (JsonNode o : plain.json()) {
            if (o.get("category").asString().equals("UKR")) {
                ukraine = o;
            }
        }
        assertThat(ukraine.get("value").isNull()).as("suppressed counts stay suppressed").isTrue();
        assertThat(ukraine.get("value_text").asString()).isEqualTo("<5");

        Reply gzip = get(path, null, "Accept-Encoding", "gzip, deflate");
        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(gzip.etag()).isEqualTo(plain.etag());
        assertThat(get(path, null, "Accept-Encoding", "gzip;q=0").header("Content-Encoding")).isNull();

        Reply notModified = get(path, null, "If-None-Match", plain.etag());
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(get(path, null, "If-None-Match", "W/\"something-else\"").status()).isEqualTo(200);

        Reply summaryGzip = get(NGA_SUMMARY, null, "Accept-Encoding", "gzip");
        assertThat(JSON.readTree(gunzip(summaryGzip.body())).get("name").asString()).isEqualTo("Nigeria");
        assertThat(get("/api/v1/statistics?country=XYZ", null).status()).as("errors are not kept, nor hidden").isEqualTo(400);
        assertThat(get("/api/v1/statistics/countries/XYZ", null).status()).isEqualTo(404);
    }

    @Test
    void aKeptPageIsServedOnlyToReadersWhoAreNotSignedInAndInTheirLocale() {
        String analyst = TestAccounts.token(accounts, Role.ANALYST);
        String first = get(NGA_PAGE, null).text();
        assertThat(first).contains("Sign in").doesNotContain("Sign out");
        String signedIn = get(NGA_PAGE, analyst).text();
        assertThat(signedIn).contains("Sign out").contains("(ANALYST)").doesNotContain(">Sign in<");
        assertThat(get(NGA_PAGE, null).text()).isEqualTo(first);

        Reply french = get(NGA_PAGE, null, "Accept-Language", "fr-FR");
        assertThat(french.header("Content-Language")).isEqualTo("fr-FR");
        assertThat(french.text()).contains("80,6");
        assertThat(first).contains("80.6%");
        Reply gzip = get(NGA_PAGE, null, "Accept-Encoding", "gzip");
        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(new String(gunzip(gzip.body()), StandardCharsets.UTF_8)).isEqualTo(first);
        assertThat(get("/statistics/countries/XYZ", null).status()).isEqualTo(404);
    }

    @Test
    void gzipIsAcceptedByNameOrStarUnlessItsQualityIsZero() {
        assertThat(PublicAnswers.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(PublicAnswers.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(PublicAnswers.acceptsGzip("*")).isTrue();
        assertThat(PublicAnswers.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PublicAnswers.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(PublicAnswers.acceptsGzip("identity")).isFalse();
        assertThat(PublicAnswers.acceptsGzip(null)).isFalse();
    }

    record Reply(int status, byte[] body, HttpResponse<byte[]> raw) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String etag() {
            return header("ETag");
        }
    }

    private Reply get(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode figure2023(Reply reply) {
        for (JsonNode o : reply.json()) {
            if (o.get("year").asInt() == 2023 && o.get("indicator").asString().equals("Detected trafficking victims")
                    && o.get("dimension").asString().equals("Total") && o.get("sex").asString().equals("Total")
                    && o.get("age").asString().equals("Total")) {
                return o;
            }
        }
        return null;
    }

    private static JsonNode country(Reply map, String iso3) {
        for (JsonNode c : map.json().get("countries")) {
            if (c.get("country").asString().equals(iso3)) {
                return c;
            }
        }
        return null;
    }

    private static byte[] gunzip(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
