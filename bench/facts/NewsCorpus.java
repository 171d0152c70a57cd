import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.palermo.extraction.Extractor;
import org.palermo.extraction.Hints;
import org.palermo.text.CsvReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A news corpus of any size for {@code import facts}: the bundled Google Alerts (data/news), as the demo stores them
 * (title, blank line, snippet), keeping the distinct alerts in which the extractor finds at least one fact, written
 * COPIES times as JSONL documents whose id and last line carry the copy number ("news-0000-c00042", "[copy 42]"), so
 * that every copy is a document of its own content. The facts are then written by {@code ./palermo extract}.
 * Usage: NewsCorpus COPIES OUT.jsonl
 */
public class NewsCorpus {

    public static void main(String[] args) throws Exception {
        int copies = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        List<List<String>> rows;
        try (InputStream in = NewsCorpus.class.getClassLoader().getResourceAsStream("data/news/google_alerts_flat.csv.gz")) {
            rows = CsvReader.read(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        }
        List<String> header = rows.get(0);
        int title = header.indexOf("title");
        int snippet = header.indexOf("summary_snippet");
        Extractor extractor = new Extractor();
        Map<String, String> withFacts = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            String text = rows.get(i).get(title).strip() + "\n\n" + rows.get(i).get(snippet).strip();
            if (!withFacts.containsValue(text) && !extractor.extract(text, Hints.none()).isEmpty()) {
                withFacts.put("news-%04d".formatted(i - 1), text);
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int c = 0; c < copies; c++) {
                for (Map.Entry<String, String> e : withFacts.entrySet()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", e.getKey() + "-c%05d".formatted(c));
                    line.put("text", e.getValue() + "\n[copy " + c + "]");
                    line.put("country", null);
                    w.write(json.writeValueAsString(line));
                    w.newLine();
                }
            }
        }
        System.out.printf("%d alerts with facts x %d copies = %d documents in %s%n", withFacts.size(), copies,
                (long) withFacts.size() * copies, out);
    }
}
