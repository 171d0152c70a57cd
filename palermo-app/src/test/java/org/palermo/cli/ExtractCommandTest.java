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
}
