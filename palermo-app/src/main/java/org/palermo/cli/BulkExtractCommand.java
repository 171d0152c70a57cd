package org.palermo.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code palermo bulk-extract}: listed here so that {@code ./palermo help} shows it, but it runs on Apache Spark,
 * outside this application (module palermo-spark): the {@code ./palermo} launcher starts that job itself and
 * never reaches this class. Run from the application's jar directly, it says where the command is.
 */
@Command(name = "bulk-extract",
        description = "Extracts facts from many documents on Apache Spark (local[*], or the spark-submit line for a "
                + "cluster): the same facts as extract, as part files under a directory. ./palermo bulk-extract --help")
public final class BulkExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> arguments;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("palermo bulk-extract: runs on Apache Spark, apart from the application: "
                + "use the launcher at the repository's root (./palermo bulk-extract --help)");
        return 2;
    }
}
