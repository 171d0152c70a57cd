package org.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.support.CommandConsole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./palermo eval facts} as a user runs it: over real report excerpts read with no hint, in agreement with
 * score_facts.py's match rule applied to {@code ./palermo extract}'s own output; over a JSONL input, the no-hint
 * figure first and then one split with its countries as the hint; a bad line named.
 */
class EvalFactsCommandTest {

    @RegisterExtension
    CommandConsole console = new CommandConsole();

    @Test
    void scoresOneSplitOfAJsonlInputWithItsCountries() throws Exception {
        Path docs = console.dir().resolve("news.jsonl");
        Files.writeString(docs, """
                {"id": "a", "country": "PHL", "split": "dev", "text": "Navy rescues 18 victims of human trafficking"}
                {"id": "b", "country": "USA", "split": "test", "text": "48 arrested, 8 minors rescued"}
                """);
        Path gold = console.dir().resolve("gold.tsv");
        Files.writeString(gold, "file\tcountry_or_org\tmetric_code\tvalue\tquote\n"
                + "a\tPhilippines\tvictims_identified\t18\trescues 18 victims\n"
                + "a\tPhilippines\tother\t7\trescues 18 victims\n"
                + "b\tUnited States\tpersons_arrested\t48\t48 arrested\n");

        int exit = Launcher.run("eval", "facts", "--gold", gold.toString(), "--docs", docs.toString(), "--split", "dev");

        assertThat(exit).isZero();
        assertThat(console.stdout()).contains("missed: a PHL 7")
                .contains("with each line's country as the hint: statistics P=1.00 R=0.50 F1=0.67 (tp 1, predicted 1, gold 2)");
        assertThat(console.stdout().indexOf("no hint")).as("the no-hint figure comes first")
                .isLessThan(console.stdout().indexOf("with each line's country"));
    }

    /**
     * The figures of {@code eval facts} on three reports-dev excerpts (no hint) are those of score_facts.py's match
     * rule — document, value, subject (the gold's iso3, or no country for an organisation) and overlapping quote, each
     * gold row matched once, predictions in output order — applied here, independently of the application's scorer,
     * to the JSONL that {@code ./palermo extract} writes for the same files.
     */
    @Test
    void agreesWithScoreFactsOnTheOutputOfExtract() throws Exception {
        Path texts = Files.createDirectories(console.dir().resolve("reports-dev/texts"));
        Map<String, String> docs = new java.util.TreeMap<>();
        for (String name : List.of("A04.txt", "B10.txt", "C02.txt")) {
            docs.put(name, resource("reports-dev/texts/" + name));
            Files.writeString(texts.resolve(name), docs.get(name));
        }
        Path gold = console.dir().resolve("reports-dev/facts.tsv");
        Files.writeString(gold, resource("reports-dev/facts.tsv"));
        Path out = console.dir().resolve("facts.jsonl");
        List<String> extract = new ArrayList<>(List.of("extract", "--out", out.toString()));
        docs.keySet().forEach(n -> extract.add(texts.resolve(n).toString()));
        assertThat(Launcher.run(extract.toArray(String[]::new))).isZero();

        int[] expected = scoreFacts(out, gold, docs);

        assertThat(Launcher.run("eval", "facts", "--gold", gold.toString(), "--docs", texts.toString())).isZero();
        Matcher m = Pattern.compile("no hint .*: statistics P=(\\S+) R=(\\S+) F1=\\S+ \\(tp (\\d+), predicted (\\d+), gold (\\d+)\\)")
                .matcher(console.stdout());
        assertThat(m.find()).as(console.stdout()).isTrue();
        assertThat(List.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))))
                .containsExactly(expected[0], expected[1], expected[2]);
        assertThat(m.group(1)).isEqualTo(String.format(Locale.ROOT, "%.2f", (double) expected[0] / expected[1]));
        assertThat(m.group(2)).isEqualTo(String.format(Locale.ROOT, "%.2f", (double) expected[0] / expected[2]));
        assertThat(expected[0]).as("most of the excerpts' statistics are found with their subject").isGreaterThan(expected[2] / 2);
    }

    /** score_facts.py's statistics match rule: {true positives, predictions, gold rows}. */
    private static int[] scoreFacts(Path predictions, Path goldTsv, Map<String, String> docs) throws Exception {
        record Gold(String doc, String iso3, double value, int start, int end) {
        }
        List<String> rows = Files.readAllLines(goldTsv, StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split("\t", -1));
        List<Gold> gold = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            String doc = f[header.indexOf("file")];
            String quote = f[header.indexOf("quote")];
            int start = docs.get(doc).indexOf(quote);
            gold.add(new Gold(doc, f[header.indexOf("iso3")], Double.parseDouble(f[header.indexOf("value")]), start,
                    start + quote.length()));
        }
        JsonMapper json = JsonMapper.builder().build();
        Set<Integer> used = new HashSet<>();
        int predicted = 0;
        for (String line : Files.readAllLines(predictions, StandardCharsets.UTF_8)) {
            JsonNode f = json.readTree(line);
            if (!f.path("type").asString().equals("statistic")) {
                continue;
            }
            predicted++;
            String country = f.path("country").isNull() ? null : f.path("country").asString();
            for (int i = 0; i < gold.size(); i++) {
                Gold g = gold.get(i);
                boolean subject = g.iso3().isEmpty() ? country == null : g.iso3().equals(country);
                if (!used.contains(i) && g.doc().equals(f.path("doc").asString())
                        && Math.abs(f.path("value").asDouble() - g.value()) < 1e-6 && subject
                        && f.path("start").asInt() < g.end() && g.start() < f.path("end").asInt()) {
                    used.add(i);
                    break;
                }
            }
        }
        return new int[] {used.size(), predicted, gold.size()};
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = EvalFactsCommandTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBadJsonlLineIsNamed() throws Exception {
        Path docs = console.dir().resolve("news.jsonl");
        Files.writeString(docs, "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\"}\n");
        Path gold = console.dir().resolve("gold.tsv");
        Files.writeString(gold, "file\tcountry_or_org\tvalue\tquote\n");
        assertThat(Launcher.run("eval", "facts", "--gold", gold.toString(), "--docs", docs.toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("line 2").contains("\"text\"");
    }
}
