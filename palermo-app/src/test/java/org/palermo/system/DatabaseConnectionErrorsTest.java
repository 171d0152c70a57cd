package org.palermo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.support.PalermoProcess;

/**
 * A user who points Palermo at an external server with a wrong password, or at a server that does not
 * answer, gets one line saying so (exit 2) — from a command and from {@code serve} — not Spring's report of
 * every bean with its stack traces. Separate JVMs: what the user's terminal shows, logging included.
 */
class DatabaseConnectionErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aWrongPasswordIsOneLine() throws Exception {
        try (EmbeddedDatabase server = EmbeddedDatabase.startOrConnect(new PalermoHome(dir.resolve("server")), false)) {
            PalermoProcess run = PalermoProcess.start(dir.resolve("runs"),
                    external(server.jdbcUrl(), server.user(), "not-" + server.password()), "ingest", input().toString());

            assertThat(run.waitFor(Duration.ofMinutes(3))).isEqualTo(2);
            assertThat(run.stderr().strip()).hasLineCount(1)
                    .startsWith("palermo ingest: cannot connect to the PostgreSQL server " + server.jdbcUrl() + " as palermo: ")
                    .contains("password authentication failed for user \"palermo\"")
                    .doesNotContain(server.password());
            assertNoStackTrace(run);
        }
    }

    @Test
    void anUnreachableServerIsOneLineForACommandAndForServe() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/palermo";
        PalermoProcess command = PalermoProcess.start(dir.resolve("runs"), external(url, "palermo", "secret"), "ingest", input().toString());
        PalermoProcess serve = PalermoProcess.start(dir.resolve("runs"), external(url, "palermo", "secret"),
                "serve", "--port", "0", "--data-dir", dir.resolve("home").toString());

        assertThat(command.waitFor(Duration.ofMinutes(3))).isEqualTo(2);
        assertThat(command.stderr().strip()).hasLineCount(1)
                .isEqualTo("palermo ingest: cannot connect to the PostgreSQL server " + url + " as palermo: Connection to 127.0.0.1:"
                        + closed + " refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP"
                        + " connections. (check PALERMO_DB_URL, PALERMO_DB_USER and PALERMO_DB_PASSWORD)");
        assertNoStackTrace(command);

        assertThat(serve.waitFor(Duration.ofMinutes(3))).isEqualTo(2);
        assertThat(serve.stderr().strip()).hasLineCount(1).startsWith("palermo serve: cannot connect to the PostgreSQL server " + url);
        assertNoStackTrace(serve);
    }

    private Path input() throws Exception {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "1. A short note.\n");
        return file;
    }

    private static Map<String, String> external(String url, String user, String password) {
        Map<String, String> env = new HashMap<>();
        env.put("PALERMO_DB_URL", url);
        env.put("PALERMO_DB_USER", user);
        env.put("PALERMO_DB_PASSWORD", password);
        return env;
    }

    private static void assertNoStackTrace(PalermoProcess run) {
        String all = run.stdout() + run.stderr();
        assertThat(all).doesNotContain("\tat ").doesNotContain("Caused by").doesNotContain("Exception");
        assertThat(run.stdout().lines().count()).as(run.stdout()).isLessThanOrEqualTo(2);
    }
}
