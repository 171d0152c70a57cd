package org.palermo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.palermo.accounts.Accounts;
import org.palermo.system.Role;
import org.palermo.support.Browser;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** End to end in a real headless Chromium: the document reader and signing in and out. */
@PalermoIntegrationTest
class DocumentReaderBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Documents documents;
    @Autowired
    Accounts accounts;

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

    /** The text of the element once it holds {@code expected}, across the page load a click starts. */
    private static String waitForText(String css, String expected) {
        return Browser.waitUntil(browser, java.time.Duration.ofSeconds(15), () -> css + " never said " + expected, d -> {
            String text = d.findElement(By.cssSelector(css)).getText();
            return text.contains(expected) ? text : null;
        });
    }

    @Test
    void theReaderOpensSeed000AtParagraph21() {
        long id = documents.list().stream().filter(d -> d.fileName().startsWith("000_")).findFirst().orElseThrow().id();
        browser.get("http://localhost:" + port + "/documents/" + id + "#p21");
        WebElement p21 = browser.findElement(By.id("p21"));
        assertThat(p21.getText()).contains("¶21").contains("Ukraine reported that, between March 1998");
        Number top = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('p21').getBoundingClientRect().top;");
        assertThat(top.doubleValue()).as("¶21 is scrolled into view").isBetween(-5.0, 200.0);
    }

    @Test
    void aPersonSignsInAndOut() {
        String password = "correct horse battery staple";
        String name = TestAccounts.withPassword(accounts, Role.ANALYST, password);
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys(name);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        assertThat(waitForText(".site-header .who", name)).contains(name).contains("ANALYST");

        browser.findElement(By.cssSelector(".site-header form button")).click();
        assertThat(waitForText(".site-header .account", "Sign in")).contains("Sign in");
        browser.get("http://localhost:" + port + "/admin/audit");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        String name = TestAccounts.withPassword(accounts, Role.RESEARCHER, "a long enough password");
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys(name);
        browser.findElement(By.name("password")).sendKeys("wrong");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        assertThat(waitForText("p.error", "Wrong name or password")).contains("Wrong name or password");
    }
}
