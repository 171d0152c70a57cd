package org.palermo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.palermo.casedata.CaseRecords;
import org.palermo.system.InvalidInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ctdc", description = "Import case-level victim records in a CTDC layout (2017, 2020 or 2024). "
        + "A file with a column that identifies a person (name, date of birth, address, phone, e-mail, passport) is refused whole; "
        + "so is a file with unreadable rows unless --skip-bad-rows. The records are published only as protected aggregates.")
class ImportCtdcCommand implements Callable<Integer> {

    @Mixin
    Database database;

    @Option(names = "--country", paramLabel = "ISO3", description = "Country of exploitation every record must have")
    String country;

    @Option(names = "--skip-bad-rows", description = "Import the readable rows and list the others, instead of refusing the file")
    boolean skipBadRows;

    @Option(names = "--synthetic", description = "Mark the data set as synthetic (generated records that describe nobody)")
    boolean synthetic;

    @Parameters(paramLabel = "FILE", description = "The CSV file")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("error: " + file + ": no such file");
            return 1;
        }
        try (ConfigurableApplicationContext context = database.open(); InputStream in = Files.newInputStream(file)) {
            CaseRecords records = context.getBean(CaseRecords.class);
            CaseRecords.ImportResult r = records.importCtdc(file.getFileName().toString(), in,
                    new CaseRecords.ImportOptions(country, skipBadRows, synthetic));
            if (!r.created()) {
                System.out.println("unchanged " + file + " (same content as case data set " + r.datasetId() + ")");
                return 0;
            }
            System.out.println("imported " + file + " as case data set " + r.datasetId() + ": " + r.records() + " records");
            if (!r.ignoredColumns().isEmpty()) {
                System.out.println("ignored columns: " + String.join(", ", r.ignoredColumns()));
            }
            for (CaseRecords.RowProblem p : r.skippedRows()) {
                System.out.println("skipped line " + p.line() + ": " + p.problem());
            }
            return 0;
        } catch (CaseRecords.BadRowsException e) {
            System.err.println("error: " + e.getMessage());
            for (CaseRecords.RowProblem p : e.problems()) {
                System.err.println("  line " + p.line() + ": " + p.problem());
            }
            return 1;
        } catch (InvalidInputException e) {
            System.err.println("error: " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
