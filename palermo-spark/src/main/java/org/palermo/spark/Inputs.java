package org.palermo.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The inputs of a bulk extraction, sorted by kind on the driver: JSONL files, plain-text files and folders
 * (trees), Parquet files or folders. Anything else is refused by name, and the others go on. Paths go through
 * Hadoop's file systems, so {@code hdfs://} or {@code s3a://} inputs work on a cluster as local paths do here.
 */
record Inputs(List<String> jsonl, long jsonlBytes, List<TextRoot> texts, List<String> parquet,
        List<BadRecord> refused) {

    /** A folder of {@code .txt} files (ids: paths inside it) or one {@code .txt} file (id: its name). */
    record TextRoot(String path, boolean folder) {
    }

    private static final Pattern GLOB = Pattern.compile("[*?\\[{]");

    static Inputs of(List<String> inputs, Configuration conf) throws IOException {
        List<String> jsonl = new ArrayList<>();
        List<TextRoot> texts = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        List<BadRecord> refused = new ArrayList<>();
        long jsonlBytes = 0;
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches;
            if (GLOB.matcher(input).find()) {
                // a pattern, as a cluster's paths are often given: hdfs:///news/2023-*/*.jsonl
                matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    refused.add(BadRecord.wholeFile(input, "no file matches"));
                    continue;
                }
            } else if (!fs.exists(path)) {
                refused.add(BadRecord.wholeFile(input, "no such file or folder"));
                continue;
            } else {
                matches = new FileStatus[] {fs.getFileStatus(path)};
            }
            for (FileStatus status : matches) {
                String qualified = fs.makeQualified(status.getPath()).toString();
                String name = status.getPath().getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".parquet")) {
                    parquet.add(qualified);
                } else if (status.isDirectory()) {
                    texts.add(new TextRoot(qualified, true));
                } else if (name.endsWith(".jsonl")) {
                    jsonl.add(qualified);
                    jsonlBytes += status.getLen();
                } else if (name.endsWith(".txt")) {
                    texts.add(new TextRoot(qualified, false));
                } else {
                    refused.add(BadRecord.wholeFile(qualified,
                            "unsupported input (bulk-extract reads .jsonl, .txt, .parquet and folders of .txt files)"));
                }
            }
        }
        return new Inputs(List.copyOf(jsonl), jsonlBytes, List.copyOf(texts), List.copyOf(parquet),
                List.copyOf(refused));
    }

    /** A file's name as a user wrote it: local paths without Hadoop's {@code file:} scheme. */
    static String shown(String file) {
        return file.startsWith("file:") ? file.substring("file:".length()) : file;
    }
}
