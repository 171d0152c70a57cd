package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;

/**
 * SQL and script injection in every text parameter and path variable of every GET endpoint the
 * application serves (found by walking its request mappings), and in the text of an ingested
 * document. A user would notice a 500, a database error in a page, a script that runs, or data
 * that changed or leaked: none may happen.
 */
@PalermoIntegrationTest
class InjectionTest {

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1",
            "1; DROP TABLE audit_log; --",
            "x') UNION SELECT token_hash, null FROM api_token --",
            "<script>alert('xss')</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "%00\u0000../../etc/passwd");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    List<String> tokenHashes = List.of();

    record Target(String pattern, List<String> params, List<String> pathVariables, boolean isPublic) {
    }

    List<Target> targets(Http http) {
        List<Map.Entry<String, Boolean>> rules = new ArrayList<>();
        for (JsonNode rule : http.get("/api/v1/access-rules").json()) {
            if (rule.get("method").isNull() || rule.get("method").asString().equals("GET")) {
                rules.add(Map.entry(rule.get("pattern").asString(), rule.get("roles").isEmpty()));
            }
        }
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            var methods = e.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            List<String> params = new ArrayList<>();
            List<String> vars = new ArrayList<>();
            for (Parameter p : e.getValue().getMethod().getParameters()) {
                RequestParam rp = p.getAnnotation(RequestParam.class);
                PathVariable pv = p.getAnnotation(PathVariable.class);
                if (rp != null) {
                    params.add(!rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getName());
                } else if (pv != null) {
                    vars.add(!pv.name().isEmpty() ? pv.name() : !pv.value().isEmpty() ? pv.value() : p.getName());
                }
            }
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.equals("/error") || (params.isEmpty() && vars.isEmpty())) {
                    continue;
                }
                boolean isPublic = rules.stream().filter(r -> PathPatternParser.defaultInstance.parse(r.getKey())
                        .matches(PathContainer.parsePath(sample(pattern)))).findFirst().map(Map.Entry::getValue).orElse(false);
                targets.add(new Target(pattern, params, vars, isPublic));
            }
        }
        return targets;
    }

    @Test
    void everyTextParameterOfEveryGetEndpointWithstandsInjection() {
        Http anonymous = new Http(port);
        Http admin = anonymous.as(TestAccounts.token(accounts, Role.ADMIN));
        Map<String, Long> before = tableSizes();
        tokenHashes = jdbc.sql("select token_hash from api_token").query(String.class).list();
        List<Target> targets = targets(anonymous);
        assertThat(targets).as("endpoints with parameters").hasSizeGreaterThan(5)
                .anyMatch(t -> t.pattern().equals("/api/v1/case-data/aggregates"))
                .anyMatch(t -> t.pattern().equals("/api/v1/documents/{id}"))
                .anyMatch(t -> t.pattern().equals("/api/v1/countries/{iso3}/hdi"));
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Target t : targets) {
            Http http = t.isPublic() ? anonymous : admin;
            for (String payload : PAYLOADS) {
                for (String param : t.params()) {
                    String path = sample(t.pattern()) + "?" + param + "=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
                    check(http.get(path), path, payload, problems);
                    calls++;
                }
                for (String variable : t.pathVariables()) {
                    String path = t.pattern().replace("{" + variable + "}", URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20"));
                    check(http.get(sample(path)), path, payload, problems);
                    calls++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(calls).isGreaterThan(50);
        Map<String, Long> after = tableSizes();
        after.remove("audit_log");
        before.remove("audit_log");
        assertThat(after).as("nothing written or dropped").isEqualTo(before);
    }

    @Test
    void injectedSqlIsTreatedAsAValueNotAsSql() {
        Http admin = new Http(port).as(TestAccounts.token(accounts, Role.ADMIN));
        assertThat(admin.get("/api/v1/audit?actor=" + Http.q("' OR '1'='1")).json()).as("no actor has that name").isEmpty();
        assertThat(admin.get("/api/v1/audit?action=" + Http.q("%' OR 1=1 --")).json()).isEmpty();
        Http.Response r = new Http(port).get("/api/v1/case-data/aggregates?by=sex&country=" + Http.q("USA' OR '1'='1"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("country");
        assertThat(new Http(port).get("/api/v1/countries/" + Http.q("NGA' OR '1'='1") + "/hdi").status()).isEqualTo(404);
    }

    @Test
    void scriptInAnIngestedDocumentIsShownAsTextAndNeverRuns() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        String marker = "m" + System.nanoTime();
        String text = "<script>alert('" + marker + "')</script> Report on trafficking\n\n"
                + "1. Victims were moved by road. \"><img src=x onerror=alert('" + marker + "')> and '); DROP TABLE document; --\n";
        Http.Response up = analyst.postFile("/api/v1/documents", "file", "evil-" + marker + ".txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        long id = up.json().get("id").asLong();

        Http.Response page = new Http(port).get("/documents/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert('" + marker).doesNotContain("<img src=x onerror")
                .contains("&lt;script&gt;alert(").contains("&lt;img src=x onerror=alert(");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(new Http(port).get("/documents").body()).doesNotContain("<script>alert('" + marker);
        JsonNode api = new Http(port).get("/api/v1/documents/" + id).json();
        assertThat(api.toString()).as("the API gives the text as it was").contains("DROP TABLE document");
        assertThat(jdbc.sql("select count(*) from document where id = :id").param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    private void check(Http.Response r, String path, String payload, List<String> problems) {
        String type = r.header("Content-Type") == null ? "" : r.header("Content-Type");
        String body = r.body() == null ? "" : r.body();
        if (r.status() >= 500) {
            problems.add(path + " answered " + r.status());
        }
        if (body.contains("PSQLException") || body.contains("syntax error at or near") || body.contains("org.postgresql")
                || body.contains("at org.") || body.contains("Whitelabel")) {
            problems.add(path + " leaked an internal error: " + body.substring(0, Math.min(200, body.length())));
        }
        if (type.startsWith("text/html") && (body.contains("<script>alert(") || body.contains("<img src=x onerror"))) {
            problems.add(path + " put the payload unescaped into a page");
        }
        boolean spreadsheet = type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        boolean xml = type.startsWith("application/xml");   // IATI activity files (the assistance registry's download)
        if (xml && (body.contains("<script>alert(") || body.contains("<img src=x onerror"))) {
            problems.add(path + " put the payload unescaped into an XML file");
        }
        if (!type.isEmpty() && !type.startsWith("text/html") && !type.contains("json") && !type.startsWith("text/csv") && !spreadsheet
                && !xml) {
            problems.add(path + " answered with content type " + type);
        }
        for (String hash : tokenHashes) {
            if (body.contains(hash)) {
                problems.add(path + " leaked a token hash");
            }
        }
    }

    private Map<String, Long> tableSizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String table : List.of("app_user", "api_token", "document", "paragraph", "source", "case_dataset", "case_record", "audit_log")) {
            sizes.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return sizes;
    }

    private static String sample(String pattern) {
        return pattern.replaceAll("\\{iso3}", "NGA").replaceAll("\\{[^}]*}", "1").replace("/**", "/x");
    }
}
