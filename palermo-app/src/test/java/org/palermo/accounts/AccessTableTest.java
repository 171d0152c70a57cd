package org.palermo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.palermo.system.AccessRule;
import org.palermo.system.Role;
import org.junit.jupiter.api.Test;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Walks every endpoint the application serves with every role (and none) and checks the answer
 * against the access table: public → never 401/403; a role outside the rule → 403; no account → 401
 * (API) or a redirect to sign-in (pages).
 */
@PalermoIntegrationTest
class AccessTableTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    SecurityConfiguration.AccessTable table;

    Map<Role, String> tokens = new EnumMap<>(Role.class);

    @BeforeEach
    void tokens() {
        for (Role role : Role.values()) {
            tokens.put(role, TestAccounts.token(accounts, role));
        }
    }

    record Endpoint(String method, String pattern) {
    }

    List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    list.add(new Endpoint(m.name(), pattern));
                }
            }
        }
        return list;
    }

    @Test
    void everyEndpointHasARowInTheAccessTable() {
        List<String> missing = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (ruleFor(e.method(), sample(e.pattern())) == null) {
                missing.add(e.method() + " " + e.pattern());
            }
        }
        assertThat(missing).as("endpoints without a row in the access table").isEmpty();
        assertThat(endpoints()).hasSizeGreaterThan(8);
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheTableSays() {
        Http http = new Http(port);
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            String path = sample(e.pattern());
            AccessRule rule = ruleFor(e.method(), path);
            int anonymous = call(http, e.method(), path);
            if (anonymous >= 500) {
                wrong.add(e + " failed with " + anonymous + " for the public");
            }
            boolean api = path.startsWith("/api/");
            if (rule.isPublic()) {
                if (anonymous == 401 || anonymous == 403 || anonymous == 302) {
                    wrong.add("public " + e + " refused the public with " + anonymous);
                }
            } else if (anonymous != (api ? 401 : 302)) {
                wrong.add(e + " answered " + anonymous + " without an account");
            }
            for (Role role : Role.values()) {
                int status = call(http.as(tokens.get(role)), e.method(), path);
                if (status >= 500) {
                    wrong.add(e + " failed with " + status + " for " + role);
                }
                if (!api) {
                    continue;
                }
                if (rule.allows(role) && (status == 401 || status == 403) && !(role == Role.FOCAL_POINT && status == 403)) {
                    wrong.add(e + " refused " + role + " with " + status);
                }
                if (!rule.allows(role) && status != 403) {
                    wrong.add(e + " let " + role + " through with " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aForgedTokenIs401AndAudited() {
        Http.Response r = new Http(port).as("plm_forged-token").postJson("/api/v1/sources", "{}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        List<AuditEntry> refused = audit.find("auth.token", "anonymous", 5);
        assertThat(refused).isNotEmpty();
        assertThat(refused.get(0).outcome()).isEqualTo("REFUSED");
    }

    @Autowired
    Audit audit;

    private AccessRule ruleFor(String method, String path) {
        for (AccessRule r : table.inMatchOrder()) {
            if ((r.method() == null || r.method().equals(method))
                    && PathPatternParser.defaultInstance.parse(r.pattern()).matches(PathContainer.parsePath(path))) {
                return r;
            }
        }
        return null;
    }

    private static String sample(String pattern) {
        return pattern.replaceAll("\\{iso3}", "NGA").replaceAll("\\{[^}]*}", "1").replace("/**", "/x");
    }

    private static int call(Http http, String method, String path) {
        return switch (method) {
            case "GET" -> http.get(path).status();
            case "POST" -> http.postJson(path, "{}").status();
            case "PUT" -> http.putJson(path, "{}").status();
            case "DELETE" -> http.delete(path).status();
            default -> http.get(path).status();
        };
    }
}
