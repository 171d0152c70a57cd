package org.palermo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.palermo.patterns.FlowImportReport;
import org.palermo.patterns.FlowImports;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./palermo import flows FILE...}: "origin,destination" edge lists of the US TIP reports, one
 * source per report year; every name that does not resolve is printed with its line.
 */
@Command(name = "flows", description = "Import TIP-report edge lists (\"origin,destination\" per line, year from the file name); lists unresolved names.")
public class ImportFlowsCommand implements Callable<Integer> {

    @Mixin
    Database database;

    @Option(names = "--year", paramLabel = "YYYY", description = "Report year, when the file name does not carry it (one file only)")
    Integer year;

    @Option(names = "--quiet", description = "Print only the summary of unresolved names, not each one")
    boolean quiet;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Edge-list files (edgelistYYYY.txt)")
    List<Path> files;

    @Override
    public Integer call() {
        if (year != null && files.size() > 1) {
            System.err.println("palermo import flows: --year applies to one file only");
            return 2;
        }
        int failed = 0;
        int facts = 0;
        int unresolved = 0;
        try (ConfigurableApplicationContext context = database.open()) {
            FlowImports imports = context.getBean(FlowImports.class);
            for (Path file : files) {
                try {
                    FlowImportReport r = imports.importFile(file.getFileName().toString(), Files.readAllBytes(file), year);
                    System.out.println((r.created() ? "imported " : "unchanged ") + file + ": " + r.source() + ", " + r.lines()
                            + " lines, " + r.facts() + " flow facts, " + r.unresolved().size() + " unresolved names"
                            + (r.created() ? "" : " (imported before)"));
                    if (!quiet) {
                        r.unresolved().forEach(u -> System.out.println("  unresolved " + u.side() + " '" + u.name() + "' at line "
                                + u.lineNo() + " (" + u.line() + "): " + u.reason()));
                    }
                    facts += r.created() ? r.facts() : 0;
                    unresolved += r.unresolved().size();
                } catch (IOException e) {
                    failed++;
                    System.err.println("error: " + file + ": cannot be read: " + e.getMessage());
                } catch (RuntimeException e) {
                    failed++;
                    System.err.println("error: " + file + ": " + Launcher.oneLine(e));
                }
            }
        }
        System.out.println(facts + " flow facts imported, " + unresolved + " unresolved names listed, " + failed + " files failed");
        return failed > 0 ? 1 : 0;
    }
}
