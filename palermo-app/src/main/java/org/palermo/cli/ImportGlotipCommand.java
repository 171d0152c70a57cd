package org.palermo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.palermo.statistics.GlotipImport;
import org.palermo.statistics.ImportReport;
import org.palermo.system.InvalidInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ./palermo import glotip FILE...}: imports UNODC GLOTIP exports (CSV or XLSX). Prints the rows
 * per indicator, what changed, and every row that could not be placed with its line and reason.
 */
@Command(name = "glotip", description = "Import a UNODC GLOTIP export (CSV or XLSX); the same file twice changes nothing, a newer one replaces values and keeps history.")
public class ImportGlotipCommand implements Callable<Integer> {

    @Mixin
    Database database;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "GLOTIP export files (data_glotip.csv or .xlsx)")
    List<Path> files;

    @Override
    public Integer call() {
        int failed = 0;
        try (ConfigurableApplicationContext context = database.open()) {
            GlotipImport glotip = context.getBean(GlotipImport.class);
            for (Path file : files) {
                try {
                    ImportReport r = glotip.importFile(file.getFileName().toString(), Files.readAllBytes(file));
                    print(file, r);
                    if (!r.notPlaced().isEmpty()) {
                        failed++;
                    }
                } catch (IOException e) {
                    failed++;
                    System.err.println("error: " + file + ": cannot be read: " + e.getMessage());
                } catch (InvalidInputException e) {
                    failed++;
                    System.err.println("error: " + file + ": " + e.getMessage());
                } catch (RuntimeException e) {
                    failed++;
                    System.err.println("error: " + file + ": " + Launcher.oneLine(e));
                }
            }
        }
        return failed > 0 ? 1 : 0;
    }

    static void print(Path file, ImportReport r) {
        System.out.println(file + ": GLOTIP export of " + (r.exportedOn() == null ? "unknown date" : r.exportedOn()) + ", "
                + r.rows() + " rows read in " + r.millis() + " ms");
        if (r.alreadyImported()) {
            System.out.println("  unchanged: the same file was imported before (release " + r.releaseId() + ")");
        } else {
            System.out.println("  release " + r.releaseId() + ": " + r.inserted() + " new, " + r.changed() + " changed, "
                    + r.withdrawn() + " withdrawn, " + r.unchanged() + " unchanged");
        }
        for (Map.Entry<String, Integer> e : r.perIndicator().entrySet()) {
            System.out.printf("  %-40s %7d%n", e.getKey(), e.getValue());
        }
        System.out.println("  keys published more than once: " + r.duplicateKeys() + " (" + r.conflicts()
                + " with different values, all kept and flagged)");
        for (ImportReport.Problem p : r.notes()) {
            System.out.println("  note: line " + p.line() + ": " + p.reason());
        }
        for (ImportReport.Problem p : r.notPlaced()) {
            System.err.println("  not placed: line " + p.line() + ": " + p.reason() + ": " + p.text());
        }
        System.out.println("  " + r.notPlaced().size() + " rows not placed");
    }
}
