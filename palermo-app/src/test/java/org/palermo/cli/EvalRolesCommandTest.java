package org.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.support.CommandConsole;

/** {@code ./palermo eval roles} as a user runs it: figures per set kind, the misses with --errors, a bad gold line named. */
class EvalRolesCommandTest {

    @RegisterExtension
    CommandConsole console = new CommandConsole();

    @Test
    void scoresTheGoldDocumentsAndListsWhatWasMissed() throws Exception {
        Path gold = console.dir().resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id": "ng", "country": "NGA", "split": "dev", "text": "Nigerian women are trafficked to Italy and Spain for sexual exploitation.", "roles": ["ORIGIN"], "forms": ["SEXUAL_EXPLOITATION"], "victim_groups": ["WOMEN"], "destination_countries": ["ITA", "ESP", "FRA"]}
                {"id": "other", "country": "GHA", "split": "test", "text": "Ghana signed an agreement.", "roles": ["ORIGIN"]}
                """);

        int exit = Launcher.run("eval", "roles", "--gold", gold.toString(), "--split", "dev", "--errors");

        assertThat(exit).isZero();
        assertThat(console.stdout()).contains("country roles, 1 documents")
                .contains("ng NGA destination_countries: missed [FRA], wrong []")
                .containsPattern("roles +P=1.00 R=1.00 F1=1.00")
                .containsPattern("destination_countries +P=1.00 R=0.67 F1=0.80 \\(tp 2, predicted 2, gold 3\\)");
    }

    @Test
    void aBadGoldLineIsNamed() throws Exception {
        Path gold = console.dir().resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"a\", \"country\": \"NGA\"}\n{\"id\": \"b\"}\n");
        assertThat(Launcher.run("eval", "roles", "--gold", gold.toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("line 2").contains("\"country\"");
    }
}
