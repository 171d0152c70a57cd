package org.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.support.CommandConsole;

/**
 * {@code ./palermo report global} as a user runs it on a data directory the server never started on:
 * the report is still written, and the user is told why it is empty and what to do.
 */
class ReportCommandTest {

    @RegisterExtension
    CommandConsole console = new CommandConsole();

    @Test
    void aReportOnANewDataDirectoryIsWrittenAndSaysWhyItIsEmpty() throws Exception {
        Path data = console.dir().resolve("data");
        Path out = console.dir().resolve("report");

        int exit = Launcher.run("report", "global", "--data-dir", data.toString(), "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(Files.size(out.resolve("global-report.pdf"))).isPositive();
        assertThat(Files.readString(out.resolve("global-report.html"))).contains("Global report on trafficking in persons");
        assertThat(console.stdout()).contains("wrote " + out.resolve("global-report.pdf"));
        assertThat(console.stderr()).contains("warning: this data directory's database holds no reviewed fact")
                .contains("./palermo serve");
    }

    @Test
    void aCountryReportOnANewDataDirectoryIsWrittenAndSaysWhatIsMissing() throws Exception {
        Path data = console.dir().resolve("data");
        Path out = console.dir().resolve("report");

        int exit = Launcher.run("report", "country", "GRC", "--data-dir", data.toString(), "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(Files.size(out.resolve("country-report-GRC.pdf"))).isPositive();
        assertThat(Files.readString(out.resolve("country-report-GRC.html"))).contains("Greece").contains("What is missing, and how to add it");
        assertThat(console.stdout()).contains("wrote " + out.resolve("country-report-GRC.pdf"));
        assertThat(console.stderr()).contains("warning: this data directory's database holds no treaty entry").contains("./palermo serve");
    }

    @Test
    void anUnknownCountryIsAOneLineErrorAndNothingIsWritten() {
        Path out = console.dir().resolve("report");
        int exit = Launcher.run("report", "country", "XYZ", "--out", out.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(console.stderr().strip()).isEqualTo("palermo report country: no country with ISO3 code 'XYZ'");
        assertThat(Files.exists(out)).isFalse();
    }
}
