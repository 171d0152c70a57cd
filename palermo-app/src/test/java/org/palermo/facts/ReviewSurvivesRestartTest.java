package org.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.PalermoApplication;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.system.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Review decisions are kept: a reviewer accepts, corrects and rejects facts over HTTP, the application
 * stops (and with it the embedded PostgreSQL it started), a new application starts on the same data
 * directory — a new PostgreSQL process on the same data — and the API still gives each fact's status,
 * the corrected values, and who decided what and when.
 *
 * <p>Not part of the shared test context: it owns its data directory and both of its databases. The demo
 * data are left out ({@code palermo.demo-data=false}) so that each start loads only the reference data.
 */
class ReviewSurvivesRestartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;

    @Test
    void acceptedCorrectedAndRejectedFactsAreThereAfterARestart() throws Exception {
        String reviewerName = "reviewer-restart";
        String reviewerToken;
        String adminToken;
        long accepted;
        long corrected;
        long rejected;
        long firstPostgres;
        Instant before = Instant.now();
        try (ConfigurableApplicationContext app = start()) {
            Accounts accounts = app.getBean(Accounts.class);
            reviewerToken = accounts.add(reviewerName, Role.REVIEWER, null, null).token();
            adminToken = accounts.add("admin-restart", Role.ADMIN, null, null).token();
            Http http = new Http(port(app));
            Http analyst = http.as(accounts.add("analyst-restart", Role.ANALYST, null, null).token());
            Http reviewer = http.as(reviewerToken);

            String text = "Annual report\n\n7. Lithuania reported that in 2003, 42 investigations had been initiated, "
                    + "62 persons had been prosecuted and 17 persons had been convicted of trafficking in persons.\n";
            Http.Response upload = analyst.postFile("/api/v1/documents", "file", "lithuania-2003.txt",
                    text.getBytes(StandardCharsets.UTF_8), "source_type", "STATE_REPLY");
            assertThat(upload.status()).as(upload.body()).isEqualTo(201);
            JsonNode queue = reviewer.get("/api/v1/facts?document=" + upload.json().get("id").asLong()
                    + "&status=SUGGESTED&type=statistic").json();
            accepted = statistic(queue, 42);
            corrected = statistic(queue, 62);
            rejected = statistic(queue, 17);

            assertThat(decide(reviewer, accepted, "{\"decision\":\"ACCEPT\"}").get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(decide(reviewer, corrected, "{\"decision\":\"CORRECT\",\"corrections\":{\"value\":63,"
                    + "\"metric\":\"persons_charged\"},\"comment\":\"63 in the annex\"}").get("status").asString())
                    .isEqualTo("CORRECTED");
            assertThat(decide(reviewer, rejected, "{\"decision\":\"REJECT\",\"comment\":\"not this report's\"}")
                    .get("status").asString()).isEqualTo("REJECTED");
            firstPostgres = postgresPid();
        }
        Instant closed = Instant.now();
        // closing the application stopped the PostgreSQL it had started
        assertThat(ProcessHandle.of(firstPostgres).map(p -> waitForExit(p)).orElse(true)).isTrue();
        assertThat(home.resolve("pgdata/postmaster.pid")).doesNotExist();

        try (ConfigurableApplicationContext app = start()) {
            assertThat(postgresPid()).isNotEqualTo(firstPostgres);
            Http http = new Http(port(app));
            Http reviewer = http.as(reviewerToken);

            assertThat(reviewer.get("/api/v1/facts/" + accepted).json().get("status").asString()).isEqualTo("ACCEPTED");
            JsonNode fixed = reviewer.get("/api/v1/facts/" + corrected).json();
            assertThat(fixed.get("status").asString()).isEqualTo("CORRECTED");
            assertThat(fixed.get("value").asDouble()).isEqualTo(63.0);
            assertThat(fixed.get("metric").asString()).isEqualTo("persons_charged");
            assertThat(reviewer.get("/api/v1/facts/" + rejected).json().get("status").asString()).isEqualTo("REJECTED");
            assertThat(reviewer.get("/api/v1/facts?status=SUGGESTED&type=statistic").json()).extracting(f -> f.get("id").asLong())
                    .doesNotContain(accepted, corrected, rejected);

            // who decided what, and when: the audit trail, read by an administrator
            Http.Response trail = http.as(adminToken).get("/api/v1/audit?action=fact.&actor=" + reviewerName);
            assertThat(trail.status()).isEqualTo(200);
            Map<String, JsonNode> byTarget = new java.util.HashMap<>();
            for (JsonNode e : trail.json()) {
                byTarget.put(e.get("target").asString(), e);
                Instant at = Instant.parse(e.get("at").asString());
                assertThat(at).isBetween(before, closed);
                assertThat(e.get("actor").asString()).isEqualTo(reviewerName);
            }
            assertThat(byTarget.get("fact:" + accepted).get("action").asString()).isEqualTo("fact.accept");
            assertThat(byTarget.get("fact:" + rejected).get("action").asString()).isEqualTo("fact.reject");
            JsonNode correction = byTarget.get("fact:" + corrected);
            assertThat(correction.get("action").asString()).isEqualTo("fact.correct");
            JsonNode was = JSON.readTree(correction.get("before").asString());
            JsonNode now = JSON.readTree(correction.get("after").asString());
            assertThat(was.get("value").asDouble()).isEqualTo(62.0);
            assertThat(now.get("value").asDouble()).isEqualTo(63.0);
            assertThat(now.get("metric").asString()).isEqualTo("persons_charged");
        }
    }

    /** The whole application on a random port, its embedded PostgreSQL under {@link #home}. */
    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of("--palermo.home=" + home, "--server.port=0",
                "--palermo.demo-data=false", "--palermo.home.delete-on-close=false", "--logging.level.org.palermo=WARN"));
        return new SpringApplicationBuilder(PalermoApplication.class).logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static JsonNode decide(Http reviewer, long fact, String body) {
        Http.Response r = reviewer.postJson("/api/v1/facts/" + fact + "/decision", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static long statistic(JsonNode facts, double value) {
        for (JsonNode f : facts) {
            if (f.get("value").asDouble() == value) {
                return f.get("id").asLong();
            }
        }
        throw new AssertionError("no statistic " + value + " in " + facts);
    }

    /** The process id of the PostgreSQL server running on {@link #home}. */
    private long postgresPid() throws IOException {
        return Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid")).get(0).strip());
    }

    private static boolean waitForExit(ProcessHandle p) {
        try {
            p.onExit().get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !p.isAlive();
        }
    }
}
