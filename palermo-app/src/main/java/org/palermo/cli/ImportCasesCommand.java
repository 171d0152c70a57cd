package org.palermo.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.palermo.caselaw.CaseImport;
import org.palermo.caselaw.CaseLaw;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./palermo import cases FILE...}: court decisions from JSONL (the format of the UNODC extract)
 * or CSV (with {@code --map FIELD=COLUMN}). Bad lines are named by number and skipped; the exit code
 * is 1 if any line or file failed. Importing the same file again changes nothing.
 */
@Command(name = "cases", description = "Import court decisions from JSONL (id, jurisdiction, court, name, decision_date_raw, "
        + "source_url, text, labels) or CSV (--map FIELD=COLUMN); decisions without coding are coded on arrival.")
public class ImportCasesCommand implements Callable<Integer> {

    @Mixin
    Database database;

    @Option(names = "--format", paramLabel = "jsonl|csv", description = "File format (default: from the file name; .csv is CSV, anything else JSONL)")
    String format;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "CSV: the column holding a field (id, jurisdiction, court, name, case_number, decision_date, level, outcome, "
                    + "sentences, source_url, text, full_text, or a coded field such as purposes); repeatable")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--source", paramLabel = "NAME", description = "Source to file the decisions under (default: \"" + CaseLaw.DEFAULT_SOURCE + "\")")
    String source;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSONL or CSV files")
    List<Path> files;

    @Override
    public Integer call() {
        int failed = 0;
        try (ConfigurableApplicationContext context = database.open()) {
            CaseImport imports = context.getBean(CaseImport.class);
            for (Path file : files) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    boolean csv = format != null ? format.toLowerCase(Locale.ROOT).equals("csv")
                            : file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
                    CaseImport.Report r = csv ? imports.importCsv(in, mapping, source) : imports.importJsonl(in, source);
                    for (CaseImport.LineWarning w : r.warnings()) {
                        System.err.println("warning: " + file + " " + w);
                    }
                    for (CaseImport.LineError e : r.errors()) {
                        System.err.println("error: " + file + " " + e);
                    }
                    failed += r.errors().size();
                    System.out.println(file + ": " + r.created() + " imported, " + r.updated() + " updated, " + r.unchanged()
                            + " unchanged, " + r.errors().size() + " failed" + (r.suggestions() > 0 ? "; " + r.suggestions()
                            + " coded values suggested for review" : ""));
                } catch (java.nio.charset.CharacterCodingException e) {
                    failed++;
                    System.err.println("error: " + file + ": not UTF-8 text (the lines before the first bad byte were imported)");
                } catch (IOException | RuntimeException e) {
                    failed++;
                    System.err.println("error: " + file + ": " + Launcher.oneLine(e));
                }
            }
        }
        return failed > 0 ? 1 : 0;
    }
}
