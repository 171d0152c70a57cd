package org.palermo.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code ./palermo bulk-extract} was asked: where the facts go, in which format, on which Spark master, from
 * which inputs. {@code master} is null for the job started by {@code spark-submit} (the master is then the
 * cluster's).
 */
record BulkRequest(String out, Format format, String master, List<String> inputs) {

    enum Format {
        JSONL, PARQUET
    }

    static final String USAGE = """
            Usage: palermo bulk-extract --out DIR [--format jsonl|parquet] [--master URL] INPUT...
            Extracts facts (CONTRACTS §2, the same as extract) from many documents on Apache Spark.
              --out DIR        a new directory for the facts, written as part files
              --format F       jsonl (default: the lines of extract) or parquet
              --master URL     local[*] (default) or local[N] runs here; any other master
                               (spark://, yarn, k8s://) prints the spark-submit line for that cluster
              INPUT            .jsonl files of {"id", "text", "country"} lines, .txt files, folders of
                               .txt files (each file a document, its path in the folder the id), and
                               .parquet files or folders with string columns id, text (and country)""";

    static final String DEFAULT_MASTER = "local[*]";

    /** The request of a command line; throws {@link IllegalArgumentException} naming what is wrong. */
    static BulkRequest parse(String[] args, boolean masterAllowed) {
        String out = null;
        Format format = Format.JSONL;
        String master = masterAllowed ? DEFAULT_MASTER : null;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = value(args, ++i, a);
                case "--format" -> format = format(value(args, ++i, a));
                case "--master" -> {
                    if (!masterAllowed) {
                        throw new IllegalArgumentException("--master: the master is spark-submit's here");
                    }
                    master = value(args, ++i, a);
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one INPUT is required");
        }
        return new BulkRequest(out, format, master, List.copyOf(inputs));
    }

    /** A master on this machine: the job runs in this JVM. */
    boolean runsHere() {
        return master != null && (master.equals("local") || master.startsWith("local["));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static Format format(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> Format.JSONL;
            case "parquet" -> Format.PARQUET;
            default -> throw new IllegalArgumentException("--format: jsonl or parquet, not " + name);
        };
    }
}
