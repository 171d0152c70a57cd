package org.palermo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.palermo.cli.ImportGlotipCommand;
import picocli.CommandLine;

/** {@code ./palermo import glotip FILE} on its own data directory: counts per indicator, unplaceable rows by line. */
class ImportGlotipCommandTest {

    @Test
    void reportsCountsPerIndicatorAndEveryRowItCouldNotPlace() throws Exception {
        Path dir = Files.createTempDirectory("palermo-glotip-cli");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            Path file = dir.resolve("export.csv");
            Files.writeString(file, GlotipFileTest.HEADER
                    + "GHA,Ghana,Africa,SSA,Persons convicted,Total,Total,Total,Total,2019,Counts,12,GLOTIP-CLI\r\n"
                    + "GHA,Ghana,Africa,SSA,Persons prosecuted,Total,Total,Total,Total,2019,Counts,\"1,040\",GLOTIP-CLI\r\n"
                    + "GHA,Ghana,Africa,SSA,Persons prosecuted,Total,Total,Total,Total,2019,Counts,n/a,GLOTIP-CLI\r\n");
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new ImportGlotipCommand()).execute("--data-dir", dir.resolve("data").toString(), file.toString());
            int again = new CommandLine(new ImportGlotipCommand()).execute("--data-dir", dir.resolve("data").toString(), file.toString());
            System.setOut(out);
            System.setErr(err);
            String printed = stdout.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("Persons convicted", "Persons prosecuted", "2 new", "1 rows not placed", "unchanged: the same file");
            assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("line 6", "'n/a'");
            assertThat(exit).as("a row could not be placed").isEqualTo(1);
            assertThat(again).isEqualTo(1);
        } finally {
            System.setOut(out);
            System.setErr(err);
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
