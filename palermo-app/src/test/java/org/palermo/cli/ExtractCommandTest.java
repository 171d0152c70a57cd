package org.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.cli.ExtractCommand;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void badInputsAreReportedAndTheOthersGoOn() throws Exception {
        Path good = dir.resolve("report.txt");
        Files.writeString(good, "21. Ukraine reported that a total of 785 crimes had been under investigation.\n");
        Path jsonl = dir.resolve("docs.jsonl");
        Files.writeString(jsonl, """
                {"id": "n1", "text": "Nigeria is a source country for women subjected to sex trafficking.", "country": "NGA"}
                not json
                {"id": "n2"}
                """);
        Path binary = dir.resolve("scan.txt");
        Files.write(binary, new byte[] {0, 1, 2, 3, 0, 5});
        Path out = dir.resolve("facts.jsonl");
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ExtractCommand());
        cmd.setErr(new PrintWriter(err));

        int code = cmd.execute("--out", out.toString(), good.toString(), jsonl.toString(), binary.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("docs.jsonl line 2: not valid JSON", "docs.jsonl line 3: missing \"text\"",
                "scan.txt: binary content");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("doc").asString()).isEqualTo("report.txt");
        assertThat(first.get("type").asString()).isEqualTo("statistic");
        assertThat(first.get("value").asInt()).isEqualTo(785);
        assertThat(first.get("paragraph").asString()).isEqualTo("21");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"doc\":\"n1\"", "\"role\":\"ORIGIN\""));
    }

    @Test
    void goodInputsExitZero() throws Exception {
        Path good = dir.resolve("a.txt");
        Files.writeString(good, "");
        int code = new CommandLine(new ExtractCommand()).execute("--out", dir.resolve("o.jsonl").toString(), good.toString());
        assertThat(code).isZero();
        assertThat(Files.readAllLines(dir.resolve("o.jsonl"))).isEmpty();
    }

    @Test
    void everyThreadCountWritesTheSameBytesAndTheSameMessages() throws Exception {
        // thousands of short documents (the news gold and narrative passages, repeated with other ids), the seeds,
        // and bad inputs among them: the order of facts and of messages must not depend on the threads
        List<String> lines = new java.util.ArrayList<>();
        for (String gold : List.of("news-statistics.jsonl", "narrative-roles.jsonl")) {
            lines.addAll(Files.readAllLines(Path.of("../palermo-core/src/test/resources/extraction", gold)));
        }
        JsonMapper json = JsonMapper.builder().build();
        List<String> many = new java.util.ArrayList<>();
        for (int copy = 0; copy < 8; copy++) {
            for (String line : lines) {
                var node = (tools.jackson.databind.node.ObjectNode) json.readTree(line);
                node.put("id", node.get("id").asString() + "-" + copy);
                many.add(json.writeValueAsString(node));
            }
            many.add("{\"id\": \"broken-" + copy + "\"");
        }
        Path jsonl = Files.write(dir.resolve("many.jsonl"), many, StandardCharsets.UTF_8);
        List<String> args = new java.util.ArrayList<>(List.of(jsonl.toString()));
        for (String seed : List.of("000_d14f16574e34a7cb.txt", "001_0bd699d9b48985bb.txt", "002_52d87d0c56c80136.txt",
                "003_c276802e9332dae9.txt", "004_09290eec35e0abef.txt")) {
            try (var in = ExtractCommandTest.class.getResourceAsStream("/data/seeds/" + seed)) {
                args.add(Files.write(dir.resolve(seed), in.readAllBytes()).toString());
            }
        }
        args.add(1, dir.resolve("missing.txt").toString());
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {0, 1, 2, 3, 0, 5});
        args.add(3, binary.toString());

        StringWriter err1 = new StringWriter();
        StringWriter err4 = new StringWriter();
        int one = run(dir.resolve("one.jsonl"), "1", args, err1);
        int four = run(dir.resolve("four.jsonl"), "4", args, err4);

        assertThat(one).isEqualTo(1);
        assertThat(four).isEqualTo(1);
        byte[] single = Files.readAllBytes(dir.resolve("one.jsonl"));
        assertThat(many).hasSizeGreaterThan(1000);
        assertThat(new String(single, StandardCharsets.UTF_8).lines().count()).isGreaterThan(2000);
        assertThat(Files.readAllBytes(dir.resolve("four.jsonl"))).isEqualTo(single);
        assertThat(err4.toString()).isEqualTo(err1.toString()).contains("many.jsonl line ", "missing.txt",
                "scan.txt: binary content");
    }

    private static int run(Path out, String threads, List<String> inputs, StringWriter err) {
        CommandLine cmd = new CommandLine(new ExtractCommand());
        cmd.setErr(new PrintWriter(err));
        List<String> args = new java.util.ArrayList<>(List.of("--out", out.toString(), "--threads", threads));
        args.addAll(inputs);
        return cmd.execute(args.toArray(String[]::new));
    }
}
