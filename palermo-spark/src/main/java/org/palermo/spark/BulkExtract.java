package org.palermo.spark;

import java.io.File;
import java.io.PrintStream;
import java.net.URISyntaxException;

import org.apache.spark.sql.SparkSession;

/**
 * {@code ./palermo bulk-extract --out DIR [--format jsonl|parquet] [--master URL] INPUT...}: the extract contract
 * on Apache Spark. With a local master ({@code local[*]} by default) the job runs in this JVM; with a cluster's
 * master it prints the {@code spark-submit} line that runs it there (no Spark distribution is needed here).
 * Exit code 0, 1 if a record or an input was bad (the others done), 2 if nothing could be done.
 */
public final class BulkExtract {

    private BulkExtract() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        BulkRequest request = request(args, out, err);
        if (request == null) {
            return args.length > 0 && isHelp(args[0]) ? 0 : 2;
        }
        if (!request.runsHere()) {
            return printSubmitLine(request, out, err);
        }
        SparkSession spark = SparkSession.builder()
                .appName("palermo bulk-extract")
                .master(request.master())
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
            return BulkExtractJob.runAndReport(spark, request, err);
        } finally {
            spark.stop();
        }
    }

    /** The same command in a session that is already running (its master wins over --master). */
    static int runIn(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
        BulkRequest request = request(args, out, err);
        if (request == null) {
            return args.length > 0 && isHelp(args[0]) ? 0 : 2;
        }
        return request.runsHere() ? BulkExtractJob.runAndReport(spark, request, err) : printSubmitLine(request, out, err);
    }

    /** The request of the arguments, or null after printing the usage (asked for, or after what is wrong). */
    private static BulkRequest request(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            out.println(BulkRequest.USAGE);
            return null;
        }
        try {
            return BulkRequest.parse(args, true);
        } catch (IllegalArgumentException e) {
            err.println("palermo bulk-extract: " + e.getMessage());
            err.println(BulkRequest.USAGE);
            return null;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private static int printSubmitLine(BulkRequest request, PrintStream out, PrintStream err) {
        err.println("To run on " + request.master() + ": put the inputs where every executor reads them (hdfs://, s3a://,"
                + " a shared mount), give --out there too, and run:");
        err.flush();
        out.println(SubmitLine.of(request, jobJar()));
        return 0;
    }

    /** The shaded job jar beside this module's classes (the launcher builds it), as an absolute path. */
    static String jobJar() {
        try {
            // target/classes or target/palermo-spark-*.jar: the job jar is beside either, in target/
            File classes = new File(BulkExtract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new File(classes.getParentFile(), "palermo-spark-job.jar").getAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            return "palermo-spark/target/palermo-spark-job.jar";
        }
    }
}
