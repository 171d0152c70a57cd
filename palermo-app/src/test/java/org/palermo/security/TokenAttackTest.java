package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.accounts.Audit;
import org.palermo.accounts.AuditEntry;
import org.palermo.casedata.CtdcFiles;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Forged, tampered, expired and revoked tokens: 401 with a problem body, nothing written, each attempt audited. */
@PalermoIntegrationTest
class TokenAttackTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Audit audit;
    @Autowired
    JdbcClient jdbc;

    long datasets() {
        return jdbc.sql("select count(*) from case_dataset").query(Long.class).single();
    }

    void assertRefused(String token, String why) {
        long before = datasets();
        long auditBefore = audit.find("auth.token", "anonymous", 1000).size();
        Http.Response r = new Http(port).as(token).postFile("/api/v1/case-data/imports", "file", "t.csv", CtdcFiles.freshSample());
        assertThat(r.status()).as(why).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(r.json().get("detail").asString()).contains("invalid, expired or revoked");
        assertThat(datasets()).as(why + ": nothing written").isEqualTo(before);
        List<AuditEntry> refused = audit.find("auth.token", "anonymous", 1000);
        assertThat(refused).as(why + ": audited").hasSize((int) auditBefore + 1);
        assertThat(refused.get(0).outcome()).isEqualTo("REFUSED");
        assertThat(refused.get(0).target()).isEqualTo("POST /api/v1/case-data/imports");
    }

    @Test
    void aForgedTokenIsRefused() {
        assertRefused("plm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "forged");
        assertRefused("' OR '1'='1", "SQL in the token");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String good = TestAccounts.token(accounts, Role.ANALYST);
        char last = good.charAt(good.length() - 1);
        assertRefused(good.substring(0, good.length() - 1) + (last == 'A' ? 'B' : 'A'), "one character changed");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String name = TestAccounts.withPassword(accounts, Role.ANALYST, "a long enough password");
        String expired = accounts.newToken(name, Instant.now().minusSeconds(60));
        assertRefused(expired, "expired a minute ago");
        String valid = accounts.newToken(name, Instant.now().plusSeconds(3600));
        assertThat(new Http(port).as(valid).get("/api/v1/me").status()).as("the same account with a live token").isEqualTo(200);
    }

    @Test
    void aRevokedTokenIsRefused() {
        String name = TestAccounts.withPassword(accounts, Role.ANALYST, "a long enough password");
        String token = accounts.newToken(name, null);
        assertThat(new Http(port).as(token).get("/api/v1/me").status()).isEqualTo(200);
        accounts.revokeTokens(name);
        assertRefused(token, "revoked");
    }
}
