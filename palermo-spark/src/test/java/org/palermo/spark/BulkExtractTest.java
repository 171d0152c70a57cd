package org.palermo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./palermo bulk-extract} in {@code local[2]}: the same facts as {@code ./palermo extract} (run from the
 * application's jar in the same test run, on the same documents), bad records listed with file and line while the
 * others go on, Parquet in and out, and the cluster path.
 */
class BulkExtractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().appName("palermo-spark tests").master("local[2]")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** What a run printed and returned. */
    record Run(int code, String out, String err) {
    }

    private static Run bulkExtract(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = BulkExtract.runIn(spark, args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void givesTheSameFactsAsExtractOnThousandsOfNewsDocuments() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("same"));
        // the news alerts, a quarter of them again with the country a JSONL line may give (the hint)
        List<String> lines = new ArrayList<>();
        String[] countries = {"NGA", "USA", "IND", "GBR", "MEX", "PHL", "ROU", "THA"};
        List<String> alerts = resourceLines("/news/alerts.jsonl");
        for (int i = 0; i < alerts.size(); i++) {
            lines.add(alerts.get(i));
            if (i % 4 == 1) {
                ObjectNode hinted = (ObjectNode) JSON.readTree(alerts.get(i));
                hinted.put("id", hinted.get("id").asString() + "-hinted");
                hinted.put("country", countries[i % countries.length]);
                lines.add(JSON.writeValueAsString(hinted));
            }
        }
        Path all = Files.write(corpus.resolve("all.jsonl"), lines, StandardCharsets.UTF_8);
        // the job reads two thirds as JSONL and one third as Parquet, and a folder of plain-text files
        List<String> asJsonl = new ArrayList<>();
        List<Row> asRows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i % 3 == 0) {
                JsonNode n = JSON.readTree(lines.get(i));
                asRows.add(RowFactory.create(n.get("id").asString(), n.get("text").asString(),
                        n.hasNonNull("country") ? n.get("country").asString() : null));
            } else {
                asJsonl.add(lines.get(i));
            }
        }
        Path jsonl = Files.write(corpus.resolve("news.jsonl"), asJsonl, StandardCharsets.UTF_8);
        Path parquet = corpus.resolve("news.parquet");
        spark.createDataFrame(asRows, BulkExtraction.DOCUMENT_SCHEMA).repartition(2).write().parquet(parquet.toString());
        Path tree = Files.createDirectories(corpus.resolve("texts"));
        List<Path> texts = new ArrayList<>();
        for (String seed : seedNames()) {
            texts.add(Files.write(tree.resolve(seed), resourceBytes("/data/seeds/" + seed)));
        }
        for (int i = 0; i < alerts.size(); i += 10) {
            JsonNode n = JSON.readTree(alerts.get(i));
            texts.add(Files.writeString(tree.resolve(n.get("id").asString() + ".txt"), n.get("text").asString()));
        }

        List<String> cliArgs = new ArrayList<>(List.of(all.toString()));
        texts.forEach(t -> cliArgs.add(t.toString()));
        List<String> extract = sorted(runExtract(corpus.resolve("extract.jsonl"), cliArgs));
        Path out = corpus.resolve("facts");
        Run run = bulkExtract("--out", out.toString(), jsonl.toString(), tree.toString(), parquet.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(lines.size() + texts.size()).isGreaterThan(4000);
        assertThat(run.err()).contains(String.format("%,d documents", lines.size() + texts.size()), "0 bad records");
        assertThat(extract).hasSizeGreaterThan(2000);
        List<String> spark = sorted(partLines(out));
        assertThat(difference(spark, extract)).as("facts of bulk-extract that extract does not give").isEmpty();
        assertThat(difference(extract, spark)).as("facts of extract that bulk-extract does not give").isEmpty();
        assertThat(spark).isEqualTo(extract);
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).filteredOn(n -> n.startsWith("part-") && n.endsWith(".jsonl")).hasSizeGreaterThan(1);
            assertThat(names).noneMatch(n -> n.endsWith(".crc")).contains("_SUCCESS");
        }
    }

    @Test
    void badRecordsAreListedWithTheirFileAndLineAndTheOthersGoOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("bad"));
        String good = "{\"id\": \"ok-1\", \"text\": \"Police in Lagos arrested 48 suspected traffickers.\", \"country\": \"NGA\"}";
        byte[] notUtf8 = "{\"id\": \"latin\", \"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        jsonl.writeBytes((good + "\r\n" + "not json\r\n" + "\r\n" + "{\"id\": \"no-text\"}\r\n").getBytes(StandardCharsets.UTF_8));
        jsonl.writeBytes(notUtf8);
        jsonl.writeBytes(("\n" + good.replace("ok-1", "ok-2") + "\n[1, 2]\n").getBytes(StandardCharsets.UTF_8));
        Path lines = Files.write(in.resolve("alerts.jsonl"), jsonl.toByteArray());
        Path tree = Files.createDirectories(in.resolve("texts/2023/february"));
        Files.writeString(tree.resolve("report.txt"), "21. Ukraine reported that a total of 785 crimes had been under investigation.\n");
        Files.write(tree.resolve("scan.txt"), new byte[] {0, 1, 2, 3, 0, 5});
        Files.writeString(tree.resolve("notes.csv"), "a,b\n");
        Path parquet = in.resolve("numbers.parquet");
        spark.range(3).toDF("id").write().parquet(parquet.toString());

        Path out = in.resolve("facts");
        Run run = bulkExtract("--out", out.toString(), lines.toString(), in.resolve("texts").toString(),
                parquet.toString(), in.resolve("missing.jsonl").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("3 documents", "8 bad records",
                lines + " line 2: not valid JSON",
                lines + " line 4: missing \"text\" (a string)",
                lines + " line 5: not UTF-8 text",
                lines + " line 7: not a JSON object",
                tree.resolve("scan.txt") + ": binary content, not text",
                tree.resolve("notes.csv") + ": not a .txt file",
                parquet + ": column \"id\" is bigint, not a string",
                in.resolve("missing.jsonl") + ": no such file or folder");
        List<String> facts = partLines(out);
        assertThat(facts).anySatisfy(f -> assertThat(f).contains("\"doc\":\"ok-1\"", "\"value\":48"));
        assertThat(facts).anySatisfy(f -> assertThat(f).contains("\"doc\":\"ok-2\"", "\"value\":48"));
        assertThat(facts).anySatisfy(f -> assertThat(f).contains("\"doc\":\"2023/february/report.txt\"", "\"value\":785"));
    }

    @Test
    void writesParquetWithTheFactsOfTheJsonlOutput() throws Exception {
        Path in = Files.createDirectories(dir.resolve("parquet"));
        Path jsonl = Files.write(in.resolve("news.jsonl"), resourceLines("/news/alerts.jsonl").subList(0, 150),
                StandardCharsets.UTF_8);
        Run asJsonl = bulkExtract("--out", in.resolve("jsonl").toString(), jsonl.toString());
        Run asParquet = bulkExtract("--out", in.resolve("pq").toString(), "--format", "parquet", jsonl.toString());

        assertThat(asJsonl.code()).isZero();
        assertThat(asParquet.code()).as(asParquet.err()).isZero();
        List<String> expected = new ArrayList<>();
        for (String line : partLines(in.resolve("jsonl"))) {
            JsonNode n = JSON.readTree(line);
            expected.add(String.join("|", n.get("doc").asString(), n.get("type").asString(),
                    n.get("country").asString("-"), n.path("role").asString("-"), n.path("counterpart").asString("-"),
                    n.path("metric").asString("-"), n.path("value").isMissingNode() ? "-" : String.valueOf(n.get("value").asDouble()),
                    n.get("quote").asString(), n.get("start").asString(), n.get("end").asString()));
        }
        List<String> written = new ArrayList<>();
        for (Row r : spark.read().parquet(in.resolve("pq").toString()).collectAsList()) {
            written.add(String.join("|", r.<String>getAs("doc"), r.<String>getAs("type"), orDash(r.getAs("country")),
                    orDash(r.getAs("role")), orDash(r.getAs("counterpart")), orDash(r.getAs("metric")),
                    orDash(r.getAs("value")), r.<String>getAs("quote"), String.valueOf(r.<Integer>getAs("start")),
                    String.valueOf(r.<Integer>getAs("end"))));
        }
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(sorted(written)).isEqualTo(sorted(expected));
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    @Test
    void anExistingOutputIsNeverTouched() throws Exception {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Path kept = Files.writeString(out.resolve("facts.jsonl"), "earlier facts\n");
        Path jsonl = Files.write(dir.resolve("one.jsonl"), resourceLines("/news/alerts.jsonl").subList(0, 1));

        Run run = bulkExtract("--out", out.toString(), jsonl.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(out + " already exists");
        assertThat(Files.readString(kept)).isEqualTo("earlier facts\n");
    }

    @Test
    void aClusterMasterGetsTheSparkSubmitLineAndNothingRuns() {
        Path out = dir.resolve("cluster-facts");

        Run run = bulkExtract("--master", "spark://cluster.example:7077", "--out", out.toString(), "--format", "parquet",
                "hdfs:///news/2023-*/alerts.jsonl");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("spark-submit --master spark://cluster.example:7077 --class "
                + "org.palermo.spark.BulkExtractJob ");
        assertThat(run.out()).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-XX:InlineSmallCode=500",
                "spark.executor.extraJavaOptions=", "palermo-spark-job.jar --out " + out + " --format parquet",
                "'hdfs:///news/2023-*/alerts.jsonl'");
        assertThat(out).doesNotExist();
    }

    @Test
    void aWrongOptionIsOneLineAndTheUsage() {
        Run run = bulkExtract("--out", dir.resolve("x").toString(), "--format", "csv", "a.jsonl");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("palermo bulk-extract: --format: jsonl or parquet, not csv");
        assertThat(run.err()).contains("Usage: palermo bulk-extract --out DIR");
    }

    /** ./palermo extract as a user runs it: the application's jar, with the launcher's flags for extract. */
    private static List<String> runExtract(Path out, List<String> inputs) throws Exception {
        Path jar = Path.of(System.getProperty("palermo.app.jar", "../palermo-app/target/palermo.jar"));
        assertThat(jar).as("the application's jar (mvn package builds it before this module)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:InlineSmallCode=500", "-XX:FreqInlineSize=50", "-jar", jar.toString(),
                "extract", "--out", out.toString()));
        command.addAll(inputs);
        Path log = out.resolveSibling("extract.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        assertThat(code).as(Files.readString(log)).isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static List<String> partLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    /** Lines of {@code a} not in {@code b}, at most 5 (enough to see what differs). */
    private static List<String> difference(List<String> a, List<String> b) {
        java.util.Set<String> in = new java.util.HashSet<>(b);
        return a.stream().filter(l -> !in.contains(l)).limit(5).toList();
    }

    private static List<String> seedNames() throws IOException {
        return resourceLines("/data/seeds/seeds.csv").stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
                .filter(n -> n.endsWith(".txt")).toList();
    }

    private static List<String> resourceLines(String name) throws IOException {
        return new String(resourceBytes(name), StandardCharsets.UTF_8).lines().toList();
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = BulkExtractTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
