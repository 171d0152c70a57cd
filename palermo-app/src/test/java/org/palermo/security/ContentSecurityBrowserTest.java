package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.palermo.accounts.Accounts;
import org.palermo.support.Browser;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Content-Security-Policy forbids inline script and style ({@code 'unsafe-inline'} nowhere), and no page
 * needs it: every page of the access table, opened in a real headless Chromium signed in as an administrator,
 * runs its scripts and draws its charts without one CSP violation; and no page's HTML carries an inline
 * {@code style} attribute, an event-handler attribute or a script without {@code src}.
 */
@PalermoIntegrationTest
class ContentSecurityBrowserTest {

    static WebDriver browser;

    static final String TRAP = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) { __csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')); });";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        ((ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noPageNeedsInlineScriptOrStyleAndNoneViolatesThePolicy() throws Exception {
        String password = "a long enough password";
        String admin = TestAccounts.withPassword(accounts, Role.ADMIN, password);
        Http http = new Http(port).as(TestAccounts.token(accounts, Role.ADMIN));
        String caseId = http.get("/api/v1/cases").json().get("hits").get(0).get("id").asString();
        List<String> pages = new ArrayList<>();
        for (JsonNode rule : http.get("/api/v1/access-rules").json()) {
            String pattern = rule.get("pattern").asString();
            boolean get = rule.get("method").isNull() || rule.get("method").asString().equals("GET");
            if (get && !pattern.startsWith("/api/") && !pattern.contains("**") && !pattern.endsWith(".pdf")) {
                String page = pattern.replace("{iso3}", "NGA").replace("/cases/{id}", "/cases/" + caseId).replaceAll("\\{[^}]*}", "1");
                if (!pages.contains(page)) {
                    pages.add(page);
                }
            }
        }
        pages.add("/no-such-page");
        pages.add("/documents/99999999");

        List<String> problems = new ArrayList<>();
        Pattern inlineStyle = Pattern.compile("<[a-zA-Z][^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        int checked = 0;
        for (String page : pages) {
            Http.Response r = http.get(page);
            String type = r.header("Content-Type") == null ? "" : r.header("Content-Type");
            if (!type.startsWith("text/html")) {
                continue;
            }
            checked++;
            String csp = r.header("Content-Security-Policy");
            if (csp == null || csp.contains("unsafe-inline") || !csp.contains("script-src 'self'") || !csp.contains("style-src 'self'")) {
                problems.add(page + ": policy " + csp);
            }
            if (!page.startsWith("/reports/global") && r.body().contains("<style")) {
                problems.add(page + ": a <style> element");
            }
            if (inlineStyle.matcher(r.body()).find()) {
                problems.add(page + ": an inline style attribute");
            }
            if (handler.matcher(r.body()).find()) {
                problems.add(page + ": an event-handler attribute");
            }
            if (inlineScript.matcher(r.body()).find()) {
                problems.add(page + ": an inline script");
            }
        }

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, "http://localhost:" + port, admin, password);
        for (String page : pages) {
            browser.get("http://localhost:" + port + page);
            Thread.sleep(300); // scripts draw after load; a violation is reported as it happens
            Object seen = ((JavascriptExecutor) browser).executeScript("return window.__csp");
            if (seen instanceof List<?> list && !list.isEmpty()) {
                problems.add(page + " in the browser: " + list);
            }
        }
        assertThat(checked).as("HTML pages checked").isGreaterThan(15);
        assertThat(problems).isEmpty();
    }
}
