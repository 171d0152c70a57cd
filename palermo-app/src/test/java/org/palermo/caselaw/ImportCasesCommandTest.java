package org.palermo.caselaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.support.CommandConsole;
import org.palermo.cli.ImportCasesCommand;
import picocli.CommandLine;

/**
 * {@code ./palermo import cases} as a user runs it, on its own data directory with its own embedded
 * PostgreSQL: bad lines are named by number and skipped, the exit code says so, re-import changes nothing.
 */
class ImportCasesCommandTest {

    @RegisterExtension
    CommandConsole console = new CommandConsole();

    static int run(String... args) {
        return new CommandLine(new ImportCasesCommand()).execute(args);
    }

    @Test
    void badLinesAreNamedAndSkippedAndReImportChangesNothing() throws Exception {
        Path jsonl = console.dir().resolve("cases.jsonl");
        String good = """
                {"id": "USA003", "jurisdiction": "USA", "court": "U.S. Court of Appeals for the Third Circuit", "name": "United States v. Jimenez-Calderon et al.", "decision_date_raw": "6/9/06", "text": "Four minors, young Mexican girls, were discovered and detained.", "labels": {"purposes": ["SEXUAL_EXPLOITATION"], "form": "TRANSNATIONAL", "victims": 4}}""";
        String uncoded = """
                {"id": "NEW1", "jurisdiction": "USA", "name": "United States v. Doe", "decision_date_raw": "YYYY-MM-DD", "text": "The defendant recruited workers from Guatemala and forced them to work on his farm to repay a debt."}""";
        String huge = "{\"id\": \"BIG\", \"text\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        Files.writeString(jsonl, good + "\n{this is not json\n{\"id\": \"NOTEXT\"}\n" + huge + "\n\n" + uncoded + "\n");
        Path data = console.dir().resolve("data");

        int exit = run("--data-dir", data.toString(), jsonl.toString());

        String errors = console.stderr();
        String output = console.stdout();
        assertThat(exit).isEqualTo(1);
        assertThat(errors).contains("error: " + jsonl + " line 2: not JSON")
                .contains("error: " + jsonl + " line 3: no \"text\"")
                .contains("error: " + jsonl + " line 4: \"text\" too long (5242880 characters")
                .contains("warning: " + jsonl + " line 6 (NEW1): decision date 'YYYY-MM-DD': a placeholder");
        assertThat(output).contains(jsonl + ": 2 imported, 0 updated, 0 unchanged, 3 failed")
                .contains("coded values suggested for review");

        console.reset();
        console.reset();
        Path clean = console.dir().resolve("clean.jsonl");
        Files.writeString(clean, good + "\n" + uncoded + "\n");
        assertThat(run("--data-dir", data.toString(), clean.toString())).isZero();
        assertThat(console.stdout()).contains(": 0 imported, 0 updated, 2 unchanged, 0 failed");

        console.reset();
        Path csv = console.dir().resolve("cases.csv");
        Files.writeString(csv, "Case,Country,Facts,Purpose\nGBR-9,GBR,\"Workers were held in servitude, unpaid.\",servitude\nGBR-10,XXX,Some text,\n");
        assertThat(run("--data-dir", data.toString(), "--map", "id=Case", "--map", "jurisdiction=Country", "--map", "text=Facts",
                "--map", "purposes=Purpose", csv.toString())).isEqualTo(1);
        assertThat(console.stdout()).contains(csv + ": 1 imported, 0 updated, 0 unchanged, 1 failed");
        assertThat(console.stderr()).contains("line 3: unknown jurisdiction 'XXX'");
    }
}
