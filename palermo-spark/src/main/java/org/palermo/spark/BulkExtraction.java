package org.palermo.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The bulk-extraction job: every input document's facts, as {@code ./palermo extract} gives them, written as
 * part files under one new directory. JSONL inputs are read as lines (Hadoop splits a big file among tasks) and
 * each line goes through core's own line reader, so a line is accepted or refused exactly as extract does; bad
 * records are counted and listed with their file and line at the end, and never stop the job.
 */
final class BulkExtraction {

    /** The input columns read from Parquet: the fields of a JSONL input line. */
    static final StructType DOCUMENT_SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("country", DataTypes.StringType, true)});

    /** The facts as Parquet columns: CONTRACTS §2's fields, the period nested as in the JSON. */
    static final StructType FACT_SCHEMA = new StructType(new StructField[] {
            string("doc"), string("type"), string("country"), string("org"),
            DataTypes.createStructField("period", new StructType(new StructField[] {
                    string("from"), string("to"), string("text")}), true),
            string("metric"), DataTypes.createStructField("value", DataTypes.DoubleType, true), string("qualifier"),
            string("unit"), string("role"), string("counterpart"),
            DataTypes.createStructField("forms", DataTypes.createArrayType(DataTypes.StringType), true),
            DataTypes.createStructField("victim_groups", DataTypes.createArrayType(DataTypes.StringType), true),
            string("event"), string("date"), string("quote"),
            DataTypes.createStructField("start", DataTypes.IntegerType, true),
            DataTypes.createStructField("end", DataTypes.IntegerType, true),
            string("paragraph"), DataTypes.createStructField("confidence", DataTypes.DoubleType, true),
            string("rule"), string("extractor")});

    /** Largest plain-text file read, as {@code ./palermo extract} and ingest refuse larger ones. */
    static final long MAX_TEXT_BYTES = 200L * 1024 * 1024;

    /** What a run did. {@code listed} holds the first bad records, each as "FILE line N: reason". */
    record Summary(long documents, long facts, long bad, List<String> listed, int parts, double seconds) {
    }

    /** The job was not started, for a reason the user can fix (nothing was written). */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    private BulkExtraction() {
    }

    static Summary run(SparkSession spark, BulkRequest request, PrintStream err) throws IOException, Refused {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        Path out = new Path(request.out());
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) {
            throw new Refused(request.out() + " already exists: give a new directory for the facts");
        }
        // no hidden .crc file beside each part file on a local disk (HDFS keeps its own checksums)
        outFs.setWriteChecksum(false);
        Inputs inputs = Inputs.of(request.inputs(), conf);

        LongAccumulator documents = jsc.sc().longAccumulator("documents");
        LongAccumulator facts = jsc.sc().longAccumulator("facts");
        LongAccumulator bad = jsc.sc().longAccumulator("bad records");
        CollectionAccumulator<BadRecord> listed = jsc.sc().collectionAccumulator("bad records listed");
        DocumentFacts extraction = new DocumentFacts(documents, facts, bad, listed);

        List<JavaRDD<String>> parts = new ArrayList<>();
        if (!inputs.jsonl().isEmpty()) {
            parts.add(jsonLines(jsc, inputs, extraction));
        }
        for (Inputs.TextRoot root : inputs.texts()) {
            parts.add(textFiles(jsc, root, extraction));
        }
        List<String> parquet = new ArrayList<>();
        for (String path : inputs.parquet()) {
            String problem = parquetProblem(spark, path);
            if (problem == null) {
                parquet.add(path);
            } else {
                bad.add(1);
                listed.add(BadRecord.wholeFile(path, problem));
            }
        }
        if (!parquet.isEmpty()) {
            parts.add(parquetRows(spark, parquet, extraction));
        }
        for (BadRecord refused : inputs.refused()) {
            bad.add(1);
            listed.add(refused);
        }

        JavaRDD<String> lines = parts.isEmpty() ? jsc.emptyRDD()
                : parts.size() == 1 ? parts.get(0) : jsc.union(parts.toArray(JavaRDD[]::new));
        Dataset<String> factLines = spark.createDataset(lines.rdd(), Encoders.STRING());
        try (Progress progress = Progress.start(spark.sparkContext(), documents, err)) {
            if (request.format() == BulkRequest.Format.PARQUET) {
                spark.read().schema(FACT_SCHEMA).json(factLines).write().parquet(request.out());
            } else {
                factLines.write().text(request.out());
            }
        }
        int partFiles = nameParts(outFs, out, request.format());
        List<String> listing = LineNumbers.describe(conf, listed.value());
        return new Summary(documents.value(), facts.value(), bad.value(), listing, partFiles,
                (System.nanoTime() - started) / 1e9);
    }

    /** JSONL files as lines, split among tasks; each line keeps its file and byte offset for error messages. */
    private static JavaRDD<String> jsonLines(JavaSparkContext jsc, Inputs inputs, DocumentFacts extraction)
            throws IOException {
        Job job = Job.getInstance(new Configuration(jsc.hadoopConfiguration()));
        FileInputFormat.setInputPaths(job, inputs.jsonl().stream().map(Path::new).toArray(Path[]::new));
        // at least two tasks per core (a small input still uses every core), at most 8 MB each (progress moves often)
        long split = Math.max(256L * 1024, Math.min(8L * 1024 * 1024,
                inputs.jsonlBytes() / (2L * jsc.defaultParallelism()) + 1));
        FileInputFormat.setMaxInputSplitSize(job, split);
        FileInputFormat.setMinInputSplitSize(job, 1);
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(
                job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
        return lines.mapPartitionsWithInputSplit((split1, records) -> {
            String file = ((FileSplit) split1).getPath().toString();
            return flatten(records, r -> extraction.ofJsonLine(file, r._1().get(), r._2().getBytes(), r._2().getLength()));
        }, false);
    }

    /** Plain-text files: a folder read recursively (ids are paths inside it), or one file (id: its name). */
    private static JavaRDD<String> textFiles(JavaSparkContext jsc, Inputs.TextRoot root, DocumentFacts extraction) {
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        String prefix = root.path() + "/";
        boolean folder = root.folder();
        return jsc.binaryFiles(root.path(), 2 * jsc.defaultParallelism()).flatMap(file -> {
            String path = file._1();
            String id = folder && path.startsWith(prefix) ? path.substring(prefix.length()) : new Path(path).getName();
            if (!id.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
                return extraction.refused(BadRecord.wholeFile(path, "not a .txt file (a folder is read for its .txt files)"));
            }
            PortableDataStream stream = file._2();
            if (fileLength(stream) > MAX_TEXT_BYTES) {
                return extraction.refused(BadRecord.wholeFile(path, "larger than " + MAX_TEXT_BYTES / (1024 * 1024) + " MB"));
            }
            return extraction.ofTextFile(path, id, stream.toArray());
        });
    }

    private static long fileLength(PortableDataStream stream) throws IOException {
        Path p = new Path(stream.getPath());
        FileStatus status = p.getFileSystem(stream.getConfiguration()).getFileStatus(p);
        return status.getLen();
    }

    /** What keeps a Parquet input from being read with the document schema, or null. */
    private static String parquetProblem(SparkSession spark, String path) {
        StructType found;
        try {
            found = spark.read().parquet(path).schema();
        } catch (RuntimeException e) {
            return "not readable as Parquet (" + firstLine(e) + ")";
        }
        for (StructField wanted : DOCUMENT_SCHEMA.fields()) {
            int i = List.of(found.fieldNames()).indexOf(wanted.name());
            if (i < 0) {
                if (!wanted.name().equals("country")) {
                    return "no column \"" + wanted.name() + "\" (wanted: id, text, country as strings)";
                }
                continue;
            }
            DataType type = found.fields()[i].dataType();
            if (!type.equals(DataTypes.StringType)) {
                return "column \"" + wanted.name() + "\" is " + type.simpleString() + ", not a string";
            }
        }
        return null;
    }

    /** Parquet rows, read with the document schema; each keeps its file and row index for error messages. */
    private static JavaRDD<String> parquetRows(SparkSession spark, List<String> paths, DocumentFacts extraction) {
        Dataset<Row> rows = spark.read().schema(DOCUMENT_SCHEMA).parquet(paths.toArray(String[]::new))
                .select(col("_metadata.file_path"), col("_metadata.row_index"), col("id"), col("text"), col("country"));
        return rows.javaRDD().flatMap(r -> extraction.ofRow(r.getString(0), r.getLong(1), r.getString(2),
                r.getString(3), r.getString(4)));
    }

    /** Part files end in .jsonl or .parquet (Spark's text writer names them .txt); returns how many there are. */
    private static int nameParts(FileSystem fs, Path out, BulkRequest.Format format) throws IOException {
        int n = 0;
        for (FileStatus f : fs.listStatus(out)) {
            String name = f.getPath().getName();
            if (!name.startsWith("part-")) {
                continue;
            }
            n++;
            if (format == BulkRequest.Format.JSONL && name.endsWith(".txt")) {
                String renamed = name.substring(0, name.length() - ".txt".length()) + ".jsonl";
                fs.rename(f.getPath(), new Path(out, renamed));
            }
        }
        return n;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static StructField string(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    /** The lines of each record in turn, lazily: a partition streams through without being held whole. */
    static <T> Iterator<String> flatten(Iterator<T> records, Function<T, Iterator<String>> linesOf) {
        return new Iterator<>() {
            private Iterator<String> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!records.hasNext()) {
                        return false;
                    }
                    current = linesOf.apply(records.next());
                }
                return true;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
