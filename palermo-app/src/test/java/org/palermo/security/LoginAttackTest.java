package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.palermo.accounts.Audit;
import org.palermo.accounts.AuditEntry;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in form under attack: SQL, markup and NUL in the name, and a form posted without its CSRF token. */
@PalermoIntegrationTest
class LoginAttackTest {

    @LocalServerPort
    int port;
    @Autowired
    Audit audit;

    record Browserless(HttpClient client, String csrf) {
    }

    Browserless openLoginPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the sign-in form carries a CSRF token").isTrue();
        return new Browserless(client, m.group(1));
    }

    HttpResponse<String> post(Browserless b, String form) throws Exception {
        return b.client().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR '1'='1' --", "admin'--", "<script>alert(1)</script>", "ad\u0000min", "LONG"})
    void aHostileNameIsJustAWrongName(String given) throws Exception {
        String name = given.equals("LONG") ? "x".repeat(5000) : given;
        Browserless b = openLoginPage();
        HttpResponse<String> r = post(b, "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8) + "&_csrf=" + b.csrf());
        assertThat(r.statusCode()).as("back to the form with an error, not a 500").isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        AuditEntry last = audit.find("auth.login", "", 1).get(0);
        assertThat(last.outcome()).isEqualTo("REFUSED");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Browserless b = openLoginPage();
        HttpResponse<String> r = post(b, "username=admin&password=whatever");
        assertThat(r.statusCode()).isEqualTo(403);
    }
}
