import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Every file of the hostile corpus to every upload endpoint over real HTTP, one at a time:
 *   java UploadCampaign BASE_URL TOKEN CORPUS_DIR SUBMISSION_ID
 * Prints, per endpoint, how many were kept (2xx), refused with a problem (4xx problem+json with a detail),
 * answered otherwise (a 5xx, another body, a dropped connection), and the slowest answers.
 */
public class UploadCampaign {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[2]))) {
            files = s.sorted().toList();
        }
        String[] endpoints = {"/api/v1/documents", "/api/v1/statistics/imports", "/api/v1/statistics/submissions/" + args[3] + "/spreadsheet",
                "/api/v1/case-data/imports"};
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String endpoint : endpoints) {
            Map<String, Integer> outcome = new LinkedHashMap<>();
            List<long[]> times = new ArrayList<>();
            List<String> bad = new ArrayList<>();
            long slowestMs = 0;
            String slowest = "";
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                String boundary = "----" + UUID.randomUUID();
                byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getFileName()
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
                byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
                byte[] content = Files.readAllBytes(f);
                byte[] body = new byte[head.length + content.length + tail.length];
                System.arraycopy(head, 0, body, 0, head.length);
                System.arraycopy(content, 0, body, head.length, content.length);
                System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
                long t0 = System.nanoTime();
                String result;
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + endpoint)).timeout(Duration.ofSeconds(300))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                    String type = r.headers().firstValue("Content-Type").orElse("");
                    if (r.statusCode() < 300) {
                        result = "kept";
                    } else if (r.statusCode() < 500 && type.startsWith("application/problem+json") && r.body().contains("\"detail\"")) {
                        result = "refused " + r.statusCode();
                    } else {
                        result = "OTHER " + r.statusCode() + " " + type;
                        bad.add(f.getFileName() + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                    }
                } catch (Exception e) {
                    result = "OTHER " + e.getClass().getSimpleName();
                    bad.add(f.getFileName() + ": " + e);
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                times.add(new long[] {ms});
                if (ms > slowestMs) {
                    slowestMs = ms;
                    slowest = f.getFileName().toString();
                }
                outcome.merge(result, 1, Integer::sum);
            }
            long[] sorted = times.stream().mapToLong(t -> t[0]).sorted().toArray();
            System.out.printf("POST %-52s %d files: %s; p50 %d ms, p99 %d ms, slowest %d ms (%s)%n", endpoint.replaceAll("/\\d+/", "/{id}/"),
                    files.size(), outcome, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.99)], slowestMs, slowest);
            bad.stream().limit(10).forEach(b -> System.out.println("   not a 2xx or a 4xx problem: " + b));
        }
    }
}
