package org.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.support.CommandConsole;

/**
 * {@code ./palermo ingest} as a user runs it, on its own data directory with its own embedded
 * PostgreSQL: a good file beside a truncated PDF and a binary file.
 */
class IngestCommandTest {

    @RegisterExtension
    CommandConsole console = new CommandConsole();

    @Test
    void badFilesAreReportedByNameAndTheGoodOneIsIngested() throws Exception {
        Path good = console.dir().resolve("report.txt");
        Files.writeString(good, "1. Lithuania reported 42 investigations.\n\n2. Sixty-two persons were prosecuted.\n");
        byte[] pdf = org.palermo.support.TestFiles.pdf("Some text in a PDF");
        Path truncated = console.dir().resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(pdf, pdf.length / 3));
        byte[] noise = new byte[4096];
        new java.util.Random(11).nextBytes(noise);
        Path binary = console.dir().resolve("binary.txt");
        Files.write(binary, noise);
        Path data = console.dir().resolve("data");

        int exit = Launcher.run("ingest", "--data-dir", data.toString(), good.toString(), truncated.toString(), binary.toString());

        String errors = console.stderr();
        String output = console.stdout();
        assertThat(exit).isEqualTo(1);
        assertThat(errors).contains("error: " + truncated + ": cannot be parsed as .pdf")
                .contains("error: " + binary + ": binary content, not text");
        assertThat(output).contains("ingested " + good + " as document").contains("1 ingested, 0 unchanged, 2 failed");

        console.reset();
        int again = Launcher.run("ingest", "--data-dir", data.toString(), good.toString());
        assertThat(again).isZero();
        assertThat(console.stdout()).contains("unchanged " + good).contains("0 ingested, 1 unchanged, 0 failed");
    }

    @Test
    void helpListsEveryCommand() {
        int exit = Launcher.run("help");
        assertThat(exit).isZero();
        assertThat(console.stdout()).contains("serve").contains("ingest").contains("user");
    }
}
