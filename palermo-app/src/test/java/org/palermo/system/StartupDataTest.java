package org.palermo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.cli.Launcher;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bundled data is loaded once; a second start loads nothing again. An external server can be used instead. */
@PalermoIntegrationTest
class StartupDataTest {

    @Autowired
    List<ApplicationRunner> runners;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseServer server;

    @Test
    void runningEveryStartUpStepAgainChangesNothing() throws Exception {
        String counts = """
                select (select count(*) from country) || '/' || (select count(*) from hdi) || '/' ||
                       (select count(*) from document) || '/' || (select count(*) from demo_data) || '/' ||
                       (select count(*) from app_user where name = 'admin')""";
        String before = jdbc.sql(counts).query(String.class).single();
        assertThat(before).startsWith("249/");
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void commandsWorkAgainstAnExternalServerGivenByUrl() throws Exception {
        Path file = Files.createTempFile("external", ".txt");
        Files.writeString(file, "1. A note sent to an external server " + System.nanoTime() + ".\n");
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setProperty("palermo.db.url", server.url());
        System.setProperty("palermo.db.user", server.user());
        System.setProperty("palermo.db.password", server.password());
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int exit = Launcher.run("ingest", file.toString());
            assertThat(exit).isZero();
        } finally {
            System.setOut(out);
            System.clearProperty("palermo.db.url");
            System.clearProperty("palermo.db.user");
            System.clearProperty("palermo.db.password");
            Files.deleteIfExists(file);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("1 ingested");
        assertThat(jdbc.sql("select count(*) from document where file_name = :f").param("f", file.getFileName().toString())
                .query(Integer.class).single()).isEqualTo(1);
    }
}
