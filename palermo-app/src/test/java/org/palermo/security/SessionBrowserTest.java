package org.palermo.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.palermo.accounts.Accounts;
import org.palermo.support.Browser;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * In a real headless Chromium: an analyst's session that times out on the server sends the next
 * click to the sign-in page, and the records are gone from view; the public case-data page draws
 * only protected numbers.
 */
@PalermoIntegrationTest
class SessionBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ServletWebServerApplicationContext context;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anExpiredSessionSendsTheAnalystBackToSignIn() throws Exception {
        String password = "correct horse battery staple";
        String name = TestAccounts.withPassword(accounts, Role.ANALYST, password);
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, url(""), name, password);
        browser.get(url("/case-data/records"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case records");
        assertThat(browser.findElements(By.cssSelector("#datasets tbody tr"))).isNotEmpty();

        // What the 30-minute timeout does, shortened: the server keeps the session idle for 1 s at most.
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(cookie).as("signed in with a session cookie").isNotNull();
        Session session = tomcatContext().getManager().findSession(cookie.getValue());
        assertThat(session).isNotNull();
        session.setMaxInactiveInterval(1);
        Thread.sleep(2100);

        browser.get(url("/case-data/records"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.cssSelector(".site-header .account")).getText()).contains("Sign in");
        assertThat(browser.getPageSource()).doesNotContain("Case records");
        assertThat(tomcatContext().getManager().findSession(cookie.getValue())).as("the server forgot the session").isNull();
    }

    @Test
    void thePublicCaseDataPageDrawsOnlyProtectedNumbers() {
        browser.manage().deleteAllCookies();
        browser.get(url("/case-data?by=citizenship"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("case records");
        var all = browser.findElements(By.cssSelector("#aggregates tbody:first-of-type tr"));
        assertThat(all).isNotEmpty();
        var rows = all.subList(0, Math.min(60, all.size())); // the chart draws the first 60 rows
        long hidden = rows.stream().filter(r -> r.getAttribute("data-value") == null || r.getAttribute("data-value").isEmpty()).count();
        assertThat(hidden).as("small citizenship groups are suppressed").isPositive();
        assertThat(browser.findElements(By.cssSelector("#chart svg rect.bar"))).hasSize((int) (rows.size() - hidden));
        assertThat(browser.findElements(By.cssSelector("#chart svg text.bar-hidden"))).hasSize((int) hidden);
        browser.findElement(By.id("csv-link"));
    }

    private Context tomcatContext() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        return (Context) server.getTomcat().getHost().findChildren()[0];
    }
}
