package org.palermo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code spark-submit} command that runs the job on a cluster: the shaded job jar (core, OpenNLP with the
 * sentence model, Jackson 3; Spark itself is the cluster's), the job's class, and the JVM flags for both driver
 * and executors. The flags are the Java 17 module openings Spark needs (recent spark-submit adds them itself; they
 * are repeated so that a cluster whose defaults replace them still works) and the JIT budgets that cut the
 * extraction's CPU by about 30 % (see bench/bulk-extraction).
 */
final class SubmitLine {

    /** Smaller inlining budgets: C2 otherwise spends about as much CPU compiling the rules as running them. */
    static final String JIT_FLAGS = "-XX:InlineSmallCode=500 -XX:FreqInlineSize=50";

    static final String JOB_CLASS = "org.palermo.spark.BulkExtractJob";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private SubmitLine() {
    }

    static String of(BulkRequest request, String jobJar) {
        String javaOptions = String.join(" ", moduleFlags()) + " " + JIT_FLAGS;
        List<String> words = new ArrayList<>(List.of("spark-submit", "--master", request.master(),
                "--class", JOB_CLASS,
                "--conf", "spark.driver.extraJavaOptions=" + javaOptions,
                "--conf", "spark.executor.extraJavaOptions=" + javaOptions,
                jobJar, "--out", request.out()));
        if (request.format() != BulkRequest.Format.JSONL) {
            words.add("--format");
            words.add(request.format().name().toLowerCase(java.util.Locale.ROOT));
        }
        words.addAll(request.inputs());
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(PLAIN.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }

    /** The Java 17 flags Spark needs, one per line in {@code palermo-spark/java17.flags} (the launcher's too). */
    static List<String> moduleFlags() {
        try (InputStream in = SubmitLine.class.getResourceAsStream("/palermo-spark/java17.flags")) {
            if (in == null) {
                throw new IllegalStateException("palermo-spark/java17.flags is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read palermo-spark/java17.flags", e);
        }
    }
}
