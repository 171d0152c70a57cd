package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Writes by someone who may not: no account (401), the wrong role (403), a focal point for another
 * country (403). Each is refused with a problem body, writes nothing and leaves an audit row.
 */
@PalermoIntegrationTest
class WriteRefusalTest {

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

    @Test
    void anAnonymousWriteIs401AndAudited() {
        long before = datasets();
        Http.Response r = new Http(port).postFile("/api/v1/case-data/imports", "file", "anon.csv", CtdcFiles.freshSample());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("Authentication required");
        assertThat(datasets()).isEqualTo(before);
        AuditEntry entry = audit.find("access.refused", "anonymous", 1).get(0);
        assertThat(entry.outcome()).isEqualTo("REFUSED");
        assertThat(entry.target()).isEqualTo("POST /api/v1/case-data/imports");

        Http.Response doc = new Http(port).postFile("/api/v1/documents", "file", "anon.txt", "text".getBytes());
        assertThat(doc.status()).isEqualTo(401);
        assertThat(audit.find("access.refused", "anonymous", 1).get(0).target()).isEqualTo("POST /api/v1/documents");
    }

    @Test
    void aFocalPointImportingForAnotherCountryIs403AndAudited() {
        String focal = TestAccounts.withPassword(accounts, Role.FOCAL_POINT, "a long enough password");
        Http http = new Http(port).as(accounts.newToken(focal, null));
        long before = datasets();

        Http.Response r = http.postFile("/api/v1/case-data/imports", "file", "ghana.csv", CtdcFiles.freshSample(), "country", "GHA");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("for NGA only");
        assertThat(datasets()).isEqualTo(before);
        List<AuditEntry> entries = audit.find("casedata.import", focal, 1);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).outcome()).isEqualTo("REFUSED");
        assertThat(entries.get(0).target()).isEqualTo("country:GHA");
    }

    @Test
    void aFocalPointImportsForItsOwnCountryOnly() {
        String focal = TestAccounts.withPassword(accounts, Role.FOCAL_POINT, "a long enough password");
        Http http = new Http(port).as(accounts.newToken(focal, null));
        List<String> lines = CtdcFiles.sampleLines();
        String nigeria = lines.get(8).replace(",IN,", ",NG,");
        Http.Response mixed = http.postFile("/api/v1/case-data/imports", "file", "mixed.csv", CtdcFiles.of(List.of(lines.get(0), nigeria, lines.get(11))));
        assertThat(mixed.status()).as(mixed.body()).isEqualTo(400);
        assertThat(mixed.json().get("rows").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(mixed.json().get("rows").get(0).get("problem").asString()).contains("KHM is not NGA");

        Http.Response own = http.postFile("/api/v1/case-data/imports", "file", "nigeria.csv", CtdcFiles.of(List.of(lines.get(0), nigeria)));
        assertThat(own.status()).as(own.body()).isIn(200, 201);
        String country = jdbc.sql("select country from case_dataset where id = :id").param("id", own.json().get("dataset_id").asLong())
                .query(String.class).single();
        assertThat(country).isEqualTo("NGA");
        assertThat(http.get("/api/v1/case-data/records").status()).as("a focal point still sees no records").isEqualTo(403);
    }

    @Test
    void theWrongRoleIs403AndAudited() {
        String researcher = TestAccounts.withPassword(accounts, Role.RESEARCHER, "a long enough password");
        Http http = new Http(port).as(accounts.newToken(researcher, null));
        long before = datasets();
        Http.Response r = http.postFile("/api/v1/case-data/imports", "file", "r.csv", CtdcFiles.freshSample());
        assertThat(r.status()).isEqualTo(403);
        assertThat(datasets()).isEqualTo(before);
        assertThat(audit.find("access.refused", researcher, 1).get(0).target()).isEqualTo("POST /api/v1/case-data/imports");
        assertThat(http.get("/api/v1/case-data/records").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/case-data/aggregates?by=sex").status()).as("aggregates are for everyone").isEqualTo(200);
    }
}
