import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.palermo.PalermoApplication;
import org.palermo.accounts.Accounts;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.palermo.system.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The price of "every endpoint states who may call it". Three figures, plain timed loops (JMH is not
 * in the build):
 * 1. deciding a request against the access table, built exactly as SecurityConfiguration builds it
 *    (PathPatternRequestMatcher per row, most specific first, first match wins);
 * 2. hashing a bearer token (SHA-256), done once per API request;
 * 3. end to end on loopback: the same public endpoint with and without a bearer token, interleaved —
 *    the difference is what looking the token up costs.
 */
public class AuthorizationBench {

    record Row(RequestMatcher matcher, AccessRule rule) {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("palermo-bench-auth");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PalermoApplication.class).logStartupInfo(false)
                .run("--server.port=0", "--palermo.home=" + home, "--palermo.home.delete-on-close=true",
                        "--palermo.demo-data=false", "--logging.level.org.palermo=WARN")) {
            List<AccessRule> rules = new ArrayList<>();
            context.getBeanProvider(AccessRules.class).orderedStream().forEach(r -> rules.addAll(r.rules()));
            List<Row> table = rules.stream()
                    .sorted(Comparator.comparingInt((AccessRule r) -> -r.pattern().replaceAll("\\{[^}]*}", "").replace("*", "").length())
                            .thenComparing(r -> r.method() == null ? 1 : 0))
                    .map(r -> new Row(PathPatternRequestMatcher.withDefaults()
                            .matcher(r.method() == null ? null : HttpMethod.valueOf(r.method()), r.pattern()), r))
                    .toList();
            String[][] requests = {{"GET", "/api/v1/case-data/aggregates"}, {"POST", "/api/v1/case-data/imports"},
                    {"GET", "/api/v1/documents/42"}, {"GET", "/api/v1/audit"}, {"GET", "/nowhere/at/all"}, {"GET", "/"}};
            List<MockHttpServletRequest> mocks = new ArrayList<>();
            for (String[] r : requests) {
                MockHttpServletRequest m = new MockHttpServletRequest(r[0], r[1]);
                m.setServletPath(r[1]);
                mocks.add(m);
            }
            int iterations = 2_000_000;
            long sink = 0;
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < iterations; i++) {
                    MockHttpServletRequest request = mocks.get(i % mocks.size());
                    for (Row row : table) {
                        if (row.matcher().matches(request)) {
                            sink += row.rule().allows(Role.ANALYST) ? 1 : 0;
                            break;
                        }
                    }
                }
                if (round == 1) {
                    System.out.printf("access table: %d rows; deciding one request: %.0f ns (mean of %,d, mixed paths)%n",
                            table.size(), (System.nanoTime() - t0) / (double) iterations, iterations);
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] token = "plm_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG".getBytes(StandardCharsets.UTF_8);
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < iterations; i++) {
                    sink += sha.digest(token)[0];
                }
                if (round == 1) {
                    System.out.printf("SHA-256 of a bearer token: %.0f ns%n", (System.nanoTime() - t0) / (double) iterations);
                }
            }

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String bearer = context.getBean(Accounts.class).add("bench-analyst", Role.ANALYST, null, null).token();
            HttpClient client = HttpClient.newHttpClient();
            // The same public handler with and without a token, requests interleaved so that noise hits both alike.
            HttpRequest anonymous = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/access-rules")).build();
            HttpRequest withToken = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/access-rules"))
                    .header("Authorization", "Bearer " + bearer).build();
            double[][] t = latencies(client, anonymous, withToken, 4000);
            System.out.printf("GET /api/v1/access-rules, no token:    median %.3f ms, p90 %.3f ms%n", t[0][0], t[0][1]);
            System.out.printf("GET /api/v1/access-rules, bearer token: median %.3f ms, p90 %.3f ms%n", t[1][0], t[1][1]);
            System.out.printf("token authentication (SHA-256 + indexed lookup in PostgreSQL + audit-free success) ≈ %.3f ms per request "
                    + "(difference of medians)%n", t[1][0] - t[0][0]);
            System.out.println("(sink " + sink + ")");
        }
    }

    private static double[][] latencies(HttpClient client, HttpRequest a, HttpRequest b, int n) throws Exception {
        for (int i = 0; i < 500; i++) {
            client.send(a, HttpResponse.BodyHandlers.discarding());
            client.send(b, HttpResponse.BodyHandlers.discarding());
        }
        double[] ta = new double[n];
        double[] tb = new double[n];
        for (int i = 0; i < n; i++) {
            ta[i] = time(client, a);
            tb[i] = time(client, b);
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        return new double[][] {{ta[n / 2], ta[n * 9 / 10]}, {tb[n / 2], tb[n * 9 / 10]}};
    }

    private static double time(HttpClient client, HttpRequest request) throws Exception {
        long s = System.nanoTime();
        HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode());
        }
        return (System.nanoTime() - s) / 1e6;
    }
}
