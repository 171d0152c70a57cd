package org.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.support.CommandConsole;

/** {@code ./palermo eval facts} over a JSONL input as a user runs it: one split, the country as hint, a bad line named. */
class EvalFactsCommandTest {

    @RegisterExtension
    CommandConsole console = new CommandConsole();

    @Test
    void scoresOneSplitOfAJsonlInputWithItsCountries() throws Exception {
        Path docs = console.dir().resolve("news.jsonl");
        Files.writeString(docs, """
                {"id": "a", "country": "PHL", "split": "dev", "text": "Navy rescues 18 victims of human trafficking"}
                {"id": "b", "country": "USA", "split": "test", "text": "48 arrested, 8 minors rescued"}
                """);
        Path gold = console.dir().resolve("gold.tsv");
        Files.writeString(gold, "file\tcountry_or_org\tmetric_code\tvalue\tquote\n"
                + "a\tPhilippines\tvictims_identified\t18\trescues 18 victims\n"
                + "a\tPhilippines\tother\t7\trescues 18 victims\n"
                + "b\tUnited States\tpersons_arrested\t48\t48 arrested\n");

        int exit = Launcher.run("eval", "facts", "--gold", gold.toString(), "--docs", docs.toString(), "--split", "dev");

        assertThat(exit).isZero();
        assertThat(console.stdout()).contains("missed: a PHL 7")
                .contains("statistics P=1.00 R=0.50 F1=0.67 (tp 1, predicted 1, gold 2)");
    }

    @Test
    void aBadJsonlLineIsNamed() throws Exception {
        Path docs = console.dir().resolve("news.jsonl");
        Files.writeString(docs, "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\"}\n");
        Path gold = console.dir().resolve("gold.tsv");
        Files.writeString(gold, "file\tcountry_or_org\tvalue\tquote\n");
        assertThat(Launcher.run("eval", "facts", "--gold", gold.toString(), "--docs", docs.toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("line 2").contains("\"text\"");
    }
}
