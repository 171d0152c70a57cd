package org.palermo.spark;

import java.io.PrintStream;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;

/**
 * The job as {@code spark-submit} starts it on a cluster: the same arguments as {@code ./palermo bulk-extract}
 * without {@code --master} (the cluster's master is spark-submit's), the same output, the same report.
 */
public final class BulkExtractJob {

    private BulkExtractJob() {
    }

    public static void main(String[] args) {
        BulkRequest request;
        try {
            request = BulkRequest.parse(args, false);
        } catch (IllegalArgumentException e) {
            System.err.println("palermo bulk-extract: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("palermo bulk-extract").getOrCreate();
        int code;
        try {
            code = runAndReport(spark, request, System.err);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job and reports it on {@code err}: the summary, then the bad records. Returns the exit code. */
    static int runAndReport(SparkSession spark, BulkRequest request, PrintStream err) {
        BulkExtraction.Summary summary;
        try {
            summary = BulkExtraction.run(spark, request, err);
        } catch (BulkExtraction.Refused e) {
            err.println("palermo bulk-extract: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("palermo bulk-extract: failed: " + rootMessage(e));
            Cleanup.removeQuietly(spark, request.out());
            return 2;
        }
        err.printf(Locale.ROOT, "bulk-extract: %,d documents, %,d facts, %,d bad records in %.1f s (%,.0f documents/s) -> %s (%d part files)%n",
                summary.documents(), summary.facts(), summary.bad(), summary.seconds(),
                summary.documents() / Math.max(summary.seconds(), 1e-3), request.out(), summary.parts());
        if (summary.bad() > 0) {
            for (String line : summary.listed()) {
                err.println(line);
            }
            if (summary.listed().size() < summary.bad()) {
                err.printf(Locale.ROOT, "(%,d bad records in all; the first %d of each partition are listed)%n",
                        summary.bad(), DocumentFacts.LISTED_PER_TASK);
            }
            return 1;
        }
        return 0;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
