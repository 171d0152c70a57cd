package org.palermo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.palermo.reports.CountryReport;
import org.palermo.reports.GlobalReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./palermo report global --out DIR}: the global report as HTML and PDF from the accepted facts. */
@Command(name = "report", description = "Build reports: global, or one country (HTML and PDF).",
        subcommands = {ReportCommand.Global.class, ReportCommand.Country.class})
public class ReportCommand {

    @Command(name = "global", description = "Write global-report.html and global-report.pdf to --out DIR.")
    static class Global implements Callable<Integer> {
        @Mixin
        Database database;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the report to (created if missing)")
        Path out;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = database.open()) {
                GlobalReport report = context.getBean(GlobalReport.class);
                GlobalReport.Files2 files = report.write(out);
                System.out.println("wrote " + files.html());
                System.out.println("wrote " + files.pdf() + " (" + files.pdfBytes() / 1024 + " KB)");
                if (report.hasNoData()) {
                    System.err.println("warning: this data directory's database holds no reviewed fact and no "
                            + "published national figure, so the report is empty: start `./palermo serve` once on it to "
                            + "load the demo data, or import and review your own");
                }
            }
            return 0;
        }
    }

    /** {@code ./palermo report country ISO3 --out DIR}: the country report as HTML and PDF. */
    @Command(name = "country", description = "Write country-report-ISO3.html and .pdf to --out DIR: the country profile's top, the detail, what is missing.")
    static class Country implements Callable<Integer> {
        @Mixin
        Database database;

        @Parameters(index = "0", paramLabel = "ISO3", description = "ISO 3166 alpha-3 code of the country (NGA, GRC…)")
        String iso3;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the report to (created if missing)")
        Path out;

        @Override
        public Integer call() {
            String code = iso3.strip().toUpperCase(java.util.Locale.ROOT);
            if (org.palermo.reference.Countries.bundled().byIso3(code).isEmpty()) {
                System.err.println("palermo report country: no country with ISO3 code '" + iso3 + "'");
                return 1;
            }
            try (ConfigurableApplicationContext context = database.open()) {
                CountryReport.Written files = context.getBean(CountryReport.class).write(code, out);
                System.out.println("wrote " + files.html());
                System.out.println("wrote " + files.pdf() + " (" + files.pdfBytes() / 1024 + " KB)");
                if (files.empty()) {
                    System.err.println("warning: this data directory's database holds no treaty entry, published figure or reviewed "
                            + "fact for " + code + ", so the report says what is missing: start `./palermo serve` once on it to load "
                            + "the bundled data, or import your own");
                }
            }
            return 0;
        }
    }
}
