package org.palermo.spark;

import java.io.IOException;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Removes the output of a failed job, so that nothing half-written is left to be taken for facts. */
final class Cleanup {

    private Cleanup() {
    }

    static void removeQuietly(SparkSession spark, String out) {
        try {
            Path p = new Path(out);
            p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
        } catch (IOException | RuntimeException ignored) {
            // best effort: the job failed already and said so
        }
    }
}
