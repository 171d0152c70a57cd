package org.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./palermo ingest} as a user runs it, on its own data directory with its own embedded
 * PostgreSQL: a good file beside a truncated PDF and a binary file.
 */
class IngestCommandTest {

    Path dir;
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("palermo-ingest-test");
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void tearDown() throws Exception {
        System.setOut(out);
        System.setErr(err);
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void badFilesAreReportedByNameAndTheGoodOneIsIngested() throws Exception {
        Path good = dir.resolve("report.txt");
        Files.writeString(good, "1. Lithuania reported 42 investigations.\n\n2. Sixty-two persons were prosecuted.\n");
        byte[] pdf = org.palermo.support.TestFiles.pdf("Some text in a PDF");
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(pdf, pdf.length / 3));
        byte[] noise = new byte[4096];
        new java.util.Random(11).nextBytes(noise);
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, noise);
        Path data = dir.resolve("data");

        int exit = Launcher.run("ingest", "--data-dir", data.toString(), good.toString(), truncated.toString(), binary.toString());

        String errors = stderr.toString(StandardCharsets.UTF_8);
        String output = stdout.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(errors).contains("error: " + truncated + ": cannot be parsed as .pdf")
                .contains("error: " + binary + ": binary content, not text");
        assertThat(output).contains("ingested " + good + " as document").contains("1 ingested, 0 unchanged, 2 failed");

        stdout.reset();
        int again = Launcher.run("ingest", "--data-dir", data.toString(), good.toString());
        assertThat(again).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("unchanged " + good).contains("0 ingested, 1 unchanged, 0 failed");
    }

    @Test
    void helpListsEveryCommand() {
        int exit = Launcher.run("help");
        assertThat(exit).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("serve").contains("ingest").contains("user");
    }
}
