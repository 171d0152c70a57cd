package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile GETs built from the application's own OpenAPI document (every GET path, every path and query
 * parameter) and from its access table (every page): encoded slashes and backslashes, climbing with
 * {@code ..}, NUL, markup, malformed escapes, invalid UTF-8, header injection, overlong values, numbers
 * that are not numbers. Some are refused by Tomcat before any filter, some by the servlet firewall, the
 * rest by the controllers. A user would notice a 500, an API error that is not problem+json (a client
 * cannot read it), an HTML page that is not the application's, or a stack trace: none may happen.
 */
@PalermoIntegrationTest
class HostileRequestTest {

    /**
     * What an internal error shows when it leaks: a stack frame, a qualified exception class, Spring's or
     * Tomcat's own error page. (Not the bare word "Exception": pages list documents whose titles may hold it.)
     */
    private static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "\\bat (?:org|java|jdk|jakarta|com)\\.[\\w.$]+\\(|\\b(?:java|javax|jakarta|org|com)\\.[\\w.$]*(?:Exception|Error)\\b|Whitelabel|Apache Tomcat");

    /** Path segments, as sent on the wire (already escaped where an escape is meant). */
    static final List<String> SEGMENTS = List.of(
            "%2F", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "%2e", "%2e%2e", "..%5C..%5Cwindows", "%5C",
            "%00", "a%00b", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            "<script>", "{1}", "a|b", "%zz", "%", "%FF%FE", "%C0%AF", "%25", "%252F", ";jsessionid=1", "1;x=y",
            "%0d%0aSet-Cookie:%20x=1", "%E2%80%AE", "'%20OR%20'1'='1", "x".repeat(5000), "9".repeat(40), "-1", "1.5",
            "1e999", "NaN", "0x1F");

    /** Query values, as sent. */
    static final List<String> VALUES = List.of(
            "%00", "%zz", "<b>", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%FF%FE", "%0d%0aX:%201", "y".repeat(5000),
            "9".repeat(40), "-1", "1e999", "%27%20OR%20%271%27%3D%271");

    /** Values a lenient server may take for a real one: "-1" and "0x1F" are numbers, a trailing space is stripped. */
    static final java.util.Set<String> LENIENT = java.util.Set.of("-1", "0x1F", "%20");

    /** Appended to a whole path. */
    static final List<String> SUFFIXES = List.of("/..%2F", "/%2e%2e/", ";jsessionid=ABC", "//", "/%00", "%20", "/.%2e/.%2e/etc/passwd");

    /** Tomcat's largest request head (8 KB by default). */
    static final int UNREADABLE = 8192;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    record Probe(String target, boolean api, boolean pathValue) {
    }

    @Test
    void everyHostileGetIsAnsweredWithA4xxProblemOrAnHtmlPageAndNeverA5xx() {
        String admin = TestAccounts.token(accounts, Role.ADMIN);
        JsonNode openapi = JsonMapper.builder().build().readTree(new Http(port).get("/api/v1/openapi.json").body());
        List<Probe> probes = new ArrayList<>();
        int apiPaths = 0;
        int turn = 0;
        for (Map.Entry<String, JsonNode> path : openapi.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            apiPaths++;
            List<String> pathParams = new ArrayList<>();
            List<String> queryParams = new ArrayList<>();
            if (get.has("parameters")) {
                for (JsonNode p : get.get("parameters")) {
                    String where = p.get("in").asString();
                    if (where.equals("path")) {
                        pathParams.add(p.get("name").asString());
                    } else if (where.equals("query")) {
                        queryParams.add(p.get("name").asString());
                    }
                }
            }
            String pattern = path.getKey();
            // every hostile segment in every path variable; query values and suffixes in turn, three each
            for (String param : pathParams) {
                for (String value : SEGMENTS) {
                    probes.add(new Probe(sampleExcept(pattern, param).replace("{" + param + "}", value), true, !LENIENT.contains(value)));
                }
            }
            for (String param : queryParams) {
                for (int i = 0; i < 3; i++) {
                    probes.add(new Probe(sample(pattern) + "?" + param + "=" + VALUES.get(turn++ % VALUES.size()), true, false));
                }
            }
            for (int i = 0; i < 3; i++) {
                String suffix = SUFFIXES.get(turn++ % SUFFIXES.size());
                probes.add(new Probe(sample(pattern) + suffix, true, !LENIENT.contains(suffix)));
            }
        }
        List<String> pages = new ArrayList<>();
        for (JsonNode rule : new Http(port).get("/api/v1/access-rules").json()) {
            String pattern = rule.get("pattern").asString();
            boolean get = rule.get("method").isNull() || rule.get("method").asString().equals("GET");
            if (get && !pattern.startsWith("/api/") && !pages.contains(pattern)) {
                pages.add(pattern);
            }
        }
        for (String page : pages) {
            for (int i = 0; i < 3; i++) {
                probes.add(new Probe(sample(page) + SUFFIXES.get(turn++ % SUFFIXES.size()), false, true));
                String value = VALUES.get(turn++ % VALUES.size());
                if (page.startsWith("/reports/global")) {
                    continue; // the whole report, built on each request, takes no parameters
                }
                probes.add(new Probe(sample(page) + "?q=" + value + "&country=" + value + "&id=" + value, false, false));
            }
            if (page.contains("{")) {
                String var = page.substring(page.indexOf('{') + 1, page.indexOf('}'));
                for (int i = 0; i < 10; i++) {
                    probes.add(new Probe(sampleExcept(page, var).replace("{" + var + "}", SEGMENTS.get(turn++ % SEGMENTS.size())), false, true));
                }
            }
        }
        assertThat(apiPaths).as("GET paths in the OpenAPI document").isGreaterThan(30);
        assertThat(pages).as("pages in the access table").contains("/countries/{iso3}", "/documents/{id}", "/cases");

        List<String> failures = new ArrayList<>();
        Map<String, Integer> byAnswer = new LinkedHashMap<>();
        List<Map.Entry<Long, String>> slowest = new ArrayList<>();
        for (Probe probe : probes) {
            long t0 = System.nanoTime();
            RawHttp.Response r = RawHttp.get(port, probe.target(), "Authorization", "Bearer " + admin, "Accept", "*/*");
            slowest.add(Map.entry((System.nanoTime() - t0) / 1_000_000, probe.target().substring(0, Math.min(100, probe.target().length()))));
            String type = r.contentType();
            byAnswer.merge(r.status() + " " + type.split(";")[0], 1, Integer::sum);
            String what = probe.target().length() > 120 ? probe.target().substring(0, 120) + "…" : probe.target();
            if (r.status() >= 500) {
                failures.add(what + " answered " + r.status());
            }
            if (INTERNALS.matcher(r.body()).find()) {
                failures.add(what + " leaked an internal error: " + r.body().substring(0, Math.min(160, r.body().length())));
            }
            if (probe.api()) {
                if (probe.pathValue() && (r.status() < 400 || r.status() >= 500)) {
                    failures.add(what + " answered " + r.status() + ", not a 4xx");
                }
                if (r.status() >= 400) {
                    if (!type.startsWith("application/problem+json")) {
                        failures.add(what + " answered " + r.status() + " as '" + type + "', not application/problem+json");
                    } else {
                        JsonNode problem = JsonMapper.builder().build().readTree(r.body());
                        if (problem.get("status").asInt() != r.status() || problem.get("detail").asString().isBlank()) {
                            failures.add(what + ": the problem's status or detail is wrong: " + r.body());
                        }
                    }
                }
            } else if (probe.target().length() > UNREADABLE) {
                // Tomcat cannot read a request line this long, so it never learns the path: problem+json for all
                if (r.status() != 400 || !type.startsWith("application/problem+json")) {
                    failures.add(what + " (overlong) answered " + r.status() + " as '" + type + "'");
                }
            } else {
                if (r.status() >= 400 && !type.startsWith("text/html")) {
                    failures.add(what + " (a page) answered " + r.status() + " as '" + type + "', not an HTML page");
                }
                if (type.startsWith("text/html") && (r.body().contains("<script>alert(1)") || r.body().contains("<img src=x onerror"))) {
                    failures.add(what + " put markup from the address unescaped into a page");
                }
            }
        }
        System.out.println("Hostile GETs: " + probes.size() + " requests; answers " + byAnswer);
        slowest.sort(Map.Entry.<Long, String>comparingByKey().reversed());
        System.out.println("slowest: " + slowest.subList(0, 15));
        assertThat(probes.size()).isGreaterThan(800);
        assertThat(failures).as(failures.size() + " of " + probes.size() + " hostile GETs").isEmpty();
    }

    private static String sample(String pattern) {
        return sampleExcept(pattern, null);
    }

    /** The pattern with sample values in its variables, all but {@code keep}. */
    private static String sampleExcept(String pattern, String keep) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]*)}").matcher(pattern);
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, name.equals(keep) ? "{" + name + "}" : name.equals("iso3") ? "NGA" : "1");
        }
        m.appendTail(out);
        return out.toString().replace("/**", "/x");
    }
}
