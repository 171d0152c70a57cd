package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.HeavyRequests;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Past capacity for uploads the server says so: 503 problem+json with Retry-After, nothing read or written,
 * reads still answered; once capacity is back the same upload goes through. (The capacity is taken here by
 * pausing heavy work, so the test needs no load and no timing; bench/reliability/run.sh shows it under load.)
 */
@PalermoIntegrationTest
class CapacityTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    HeavyRequests heavy;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pastCapacityAnUploadIsRefusedWith503AndRetryAfterAndReadsGoOn() throws Exception {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        byte[] text = ("Report " + System.nanoTime() + ". In 2012, 14 victims were identified in Tuvalu.\n").getBytes(StandardCharsets.UTF_8);
        long documents = jdbc.sql("select count(*) from document").query(Long.class).single();
        Http.Response refused;
        try (AutoCloseable paused = heavy.pause()) {
            refused = analyst.postFile("/api/v1/documents", "file", "capacity.txt", text);
            assertThat(new Http(port).get("/api/v1/countries").status()).as("reads are not held").isEqualTo(200);
        }
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("10");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("at capacity").contains("nothing was read or written");
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(documents);

        Http.Response later = analyst.postFile("/api/v1/documents", "file", "capacity.txt", text);
        assertThat(later.status()).as(later.body()).isEqualTo(201);
        assertThat(heavy.concurrent()).isGreaterThanOrEqualTo(2);
    }
}
