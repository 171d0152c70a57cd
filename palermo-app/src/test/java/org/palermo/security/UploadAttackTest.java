package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.casedata.CtdcFiles;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads that try to be too big or to climb out of their folder: refused or defused, nothing written where it should not be. */
@PalermoIntegrationTest
class UploadAttackTest {

    /** Just above the 50 MB limit of application.properties. */
    static final int OVERSIZED = 50 * 1024 * 1024 + 512 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void anOversizedUploadIsRefusedAndNothingIsWritten() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        byte[] big = new byte[OVERSIZED];
        Arrays.fill(big, (byte) 'a');
        long documents = count("document");
        long datasets = count("case_dataset");

        Http.Response doc = analyst.postFile("/api/v1/documents", "file", "huge.txt", big);
        assertThat(doc.status()).isIn(413, 400);
        assertThat(doc.body()).doesNotContain("Exception");
        Http.Response ctdc = analyst.postFile("/api/v1/case-data/imports", "file", "huge.csv", big);
        assertThat(ctdc.status()).isIn(413, 400);

        assertThat(count("document")).isEqualTo(documents);
        assertThat(count("case_dataset")).isEqualTo(datasets);
    }

    /**
     * Far above the limit the server stops reading (Tomcat swallows at most 2 MB of an aborted upload)
     * and closes the connection: a client may see the 413 or only the closed connection. Either way
     * nothing is written.
     */
    @Test
    void aFarLargerUploadIsCutOffAndNothingIsWritten() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        byte[] huge = new byte[120 * 1024 * 1024];
        long datasets = count("case_dataset");
        try {
            Http.Response r = analyst.postFile("/api/v1/case-data/imports", "file", "huge.csv", huge);
            assertThat(r.status()).isIn(413, 400);
        } catch (java.io.UncheckedIOException closed) {
            // the server closed the connection after refusing the upload
        }
        assertThat(count("case_dataset")).isEqualTo(datasets);
        assertThat(new Http(port).get("/api/v1/health").status()).as("the server is still up").isEqualTo(200);
    }

    @Test
    void pathTraversalInAFileNameKeepsOnlyTheLastSegment() throws Exception {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        String marker = "palermo-traversal-" + System.nanoTime();
        Path escaped = Path.of(System.getProperty("java.io.tmpdir"), marker + ".txt");

        Http.Response doc = analyst.postFile("/api/v1/documents", "file", "../../../../../../tmp/" + marker + ".txt",
                ("A report " + marker + " on trafficking.").getBytes(StandardCharsets.UTF_8));
        assertThat(doc.status()).as(doc.body()).isEqualTo(201);
        assertThat(doc.json().get("file_name") == null ? doc.json().toString() : doc.json().get("file_name").asString())
                .contains(marker + ".txt").doesNotContain("..").doesNotContain("/");
        assertThat(Files.exists(escaped)).isFalse();

        Http.Response ctdc = analyst.postFile("/api/v1/case-data/imports", "file", "..\\..\\..\\windows\\" + marker + ".csv",
                CtdcFiles.freshSample());
        assertThat(ctdc.status()).as(ctdc.body()).isEqualTo(201);
        assertThat(ctdc.json().get("name").asString()).isEqualTo(marker + ".csv");
        assertThat(jdbc.sql("select count(*) from case_dataset where name like '%..%' or name like '%/%' or name like '%\\%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFileNameWithMarkupIsShownAsText() {
        String analystName = TestAccounts.withPassword(accounts, Role.ANALYST, "a long enough password");
        Http analyst = new Http(port).as(accounts.newToken(analystName, null));
        String name = "<img src=x onerror=alert(1)>" + System.nanoTime() + ".csv";
        Http.Response r = analyst.postFile("/api/v1/case-data/imports", "file", name, CtdcFiles.freshSample());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String page = analyst.get("/case-data/records").body();
        assertThat(page).doesNotContain("<img src=x onerror").contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}
