package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.accounts.Audit;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.InvalidInputException;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OWASP ASVS level-2 account checks that apply to Palermo, each as a user or an attacker meets it over
 * real HTTP: a new session id at sign-in (3.2.1), password rules and the breached-password list (2.1.1, 2.1.2,
 * 2.1.7), lockout that does not tell which names exist (2.2.1), CSRF tokens on every form of every page (4.2.2),
 * and cookies that are Secure, HttpOnly and SameSite behind a TLS proxy (3.4.1-3.4.3).
 */
@PalermoIntegrationTest
class AccountSecurityTest {

    static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Audit audit;

    record Session(HttpClient client, CookieManager cookies, String csrf) {
        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Session openLoginPage() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return new Session(client, cookies, m.group(1));
    }

    HttpResponse<String> signIn(Session s, String name, String password, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + s.csrf()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return s.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(Session s, String path) throws Exception {
        return s.client().send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneIsWorthless() throws Exception {
        String name = TestAccounts.withPassword(accounts, Role.ANALYST, PASSWORD);
        Session s = openLoginPage();
        String before = s.sessionId();
        assertThat(before).as("the sign-in page opened a session (for its CSRF token)").isNotNull();

        HttpResponse<String> r = signIn(s, name, PASSWORD);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = s.sessionId();
        assertThat(after).as("a fresh session id at sign-in").isNotNull().isNotEqualTo(before);
        assertThat(get(s, "/api/v1/me").statusCode()).as("the new session is signed in").isEqualTo(200);

        HttpClient planted = HttpClient.newHttpClient();
        HttpResponse<String> old = planted.send(HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                .header("Cookie", "JSESSIONID=" + before).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(old.statusCode()).as("the session id from before sign-in gives no access").isEqualTo(401);
    }

    @Test
    void passwordsFollowTheRulesAndNoBreachedPasswordIsTaken() {
        assertRefused("short pass", "at least 12 characters");
        assertRefused("1qaz2wsx3edc", "leaked in data breaches");
        assertRefused("QWERTYUIOP123", "leaked in data breaches");
        assertRefused("x".repeat(129), "at most 128 characters");
        String name = TestAccounts.withPassword(accounts, Role.RESEARCHER, "four random words, any language");
        assertThatThrownBy(() -> accounts.setPassword(name, "my name is " + name + "!"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("may not contain the account's name");
        accounts.setPassword(name, "correct horse battery staple, é ü 漢字");
        assertThat(accounts.byName(name)).isPresent();
    }

    private void assertRefused(String password, String because) {
        assertThatThrownBy(() -> TestAccounts.withPassword(accounts, Role.ANALYST, password))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(because)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("password"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(password));
    }

    @Test
    void aLockedNameAndAnUnknownNameAnswerExactlyAsAWrongPasswordDoes() throws Exception {
        String known = TestAccounts.withPassword(accounts, Role.ANALYST, PASSWORD);
        String unknown = "nobody-" + System.nanoTime();
        List<String> answers = new ArrayList<>();
        for (String name : List.of(known, unknown)) {
            for (int i = 0; i < 5; i++) {
                Session s = openLoginPage();
                HttpResponse<String> r = signIn(s, name, "a wrong password, attempt " + i);
                HttpResponse<String> page = get(s, r.headers().firstValue("Location").orElse("/"));
                answers.add(r.statusCode() + " " + r.headers().firstValue("Location").orElse("") + " " + errorText(page.body()));
            }
            Session s = openLoginPage();
            HttpResponse<String> locked = signIn(s, name, name.equals(known) ? PASSWORD : "any password at all");
            answers.add("locked: " + locked.statusCode() + " " + locked.headers().firstValue("Location").orElse("")
                    + " " + errorText(get(s, "/login?error").body()));
        }
        assertThat(answers.subList(0, 6)).as("the known name's answers").isEqualTo(answers.subList(6, 12));
        assertThat(answers.get(0)).endsWith("/login?error Wrong name or password, or too many failed attempts. Try again later.");
        assertThat(answers.get(5)).as("even the right password is refused while locked").startsWith("locked: 302").contains("/login?error");
        assertThat(audit.find("auth.login", known, 1).get(0).detail()).isEqualTo("locked after repeated failures");
        assertThat(audit.find("auth.login", unknown, 1).get(0).detail()).isEqualTo("locked after repeated failures");
    }

    private static String errorText(String page) {
        Matcher m = Pattern.compile("<p class=\"error\"[^>]*>([^<]*)</p>").matcher(page);
        return m.find() ? m.group(1).strip() : "(no error shown)";
    }

    @Test
    void everyFormOfEveryPageCarriesTheSessionsCsrfTokenAndAPostWithoutItIsRefused() throws Exception {
        String admin = TestAccounts.withPassword(accounts, Role.ADMIN, PASSWORD);
        Session s = openLoginPage();
        assertThat(signIn(s, admin, PASSWORD).statusCode()).isEqualTo(302);
        List<String> pages = pages();
        int forms = 0;
        List<String> problems = new ArrayList<>();
        String token = null;
        for (String page : pages) {
            HttpResponse<String> r = get(s, page);
            if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher form = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher(r.body());
            while (form.find()) {
                if (!form.group(1).toLowerCase().contains("method=\"post\"")) {
                    continue;
                }
                forms++;
                Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.group(2));
                if (!csrf.find()) {
                    problems.add(page + ": a form posting to " + form.group(1).strip() + " has no CSRF token");
                } else {
                    token = csrf.group(1);
                }
            }
        }
        assertThat(pages).hasSizeGreaterThan(15);
        assertThat(forms).as("POST forms found (sign-out on every page, at least)").isGreaterThan(10);
        assertThat(problems).isEmpty();
        assertThat(token).isNotNull();

        HttpResponse<String> forged = s.client().send(HttpRequest.newBuilder(URI.create(url("/logout"))).POST(HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a cross-site sign-out without the token").isEqualTo(403);
        HttpResponse<String> api = s.client().send(HttpRequest.newBuilder(URI.create(url("/api/v1/statistics/submissions")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"country\":\"TUV\",\"year\":2012}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("an API write riding on the browser session without the token").isEqualTo(403);
        assertThat(get(s, "/api/v1/me").statusCode()).as("still signed in").isEqualTo(200);
    }

    /** Every GET page of the access table, with sample values for its variables. */
    List<String> pages() {
        List<String> pages = new ArrayList<>();
        Http http = new Http(port);
        String caseId = http.get("/api/v1/cases").json().get("hits").get(0).get("id").asString();
        for (JsonNode rule : http.get("/api/v1/access-rules").json()) {
            String pattern = rule.get("pattern").asString();
            boolean get = rule.get("method").isNull() || rule.get("method").asString().equals("GET");
            if (!get || pattern.startsWith("/api/") || pattern.contains("**") || pattern.endsWith(".pdf")) {
                continue;
            }
            String page = pattern.replace("{iso3}", "NGA").replace("/cases/{id}", "/cases/" + caseId).replaceAll("\\{[^}]*}", "1");
            if (!pages.contains(page)) {
                pages.add(page);
            }
        }
        return pages;
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
        String name = TestAccounts.withPassword(accounts, Role.RESEARCHER, PASSWORD);
        Session s = openLoginPage();
        HttpResponse<String> r = signIn(s, name, PASSWORD, "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
        assertThat(r.statusCode()).isEqualTo(302);
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertThat(cookie).as("the session cookie set at sign-in").contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).as("HSTS over TLS").isPresent();
        assertThat(r.headers().firstValue("Location").orElse("")).as("the redirect stays on https").startsWith("https://");

        Session plain = openLoginPage();
        HttpResponse<String> local = signIn(plain, name, PASSWORD);
        String plainCookie = local.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertThat(plainCookie).as("plain HTTP on its own (a laptop) still works").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }
}
