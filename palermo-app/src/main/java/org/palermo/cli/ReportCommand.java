package org.palermo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.palermo.reports.GlobalReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./palermo report global --out DIR}: the global report as HTML and PDF from the accepted facts. */
@Command(name = "report", description = "Build reports: global (HTML and PDF).", subcommands = ReportCommand.Global.class)
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
}
