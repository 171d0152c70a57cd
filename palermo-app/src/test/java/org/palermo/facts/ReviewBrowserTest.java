package org.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.accounts.Accounts;
import org.palermo.support.Browser;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A reviewer works through a document's facts with the keyboard in a real browser. */
@PalermoIntegrationTest
class ReviewBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

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

    @Test
    void acceptCorrectAndRejectWithoutTheMouse() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        String text = "Report " + UUID.randomUUID() + "\n\n5. Lithuania reported that in 2003, 42 investigations had been "
                + "initiated, 62 persons had been prosecuted and 17 persons had been convicted.\n";
        long doc = analyst.postFile("/api/v1/documents", "file", "lt.txt", text.getBytes(StandardCharsets.UTF_8))
                .json().get("id").asLong();
        String password = "a reviewer's long password";
        String name = TestAccounts.withPassword(accounts, Role.REVIEWER, password);
        Browser.signIn(browser, "http://localhost:" + port, name, password);

        browser.get("http://localhost:" + port + "/review?document=" + doc + "&type=statistic");
        var facts = browser.findElements(By.cssSelector("li.fact"));
        assertThat(facts).hasSizeGreaterThanOrEqualTo(3);
        Actions keys = new Actions(browser);
        keys.sendKeys("a").perform();                      // accept the first
        waitForStatus(facts.get(0), "ACCEPTED");
        keys.sendKeys("r").perform();                      // reject the second (focus moved on)
        waitForStatus(facts.get(1), "REJECTED");
        keys.sendKeys("e").perform();                      // correct the third
        WebElement value = facts.get(2).findElement(By.name("value"));
        value.clear();
        value.sendKeys("18");
        value.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForStatus(facts.get(2), "CORRECTED");

        long id0 = Long.parseLong(facts.get(0).getAttribute("data-id"));
        long id2 = Long.parseLong(facts.get(2).getAttribute("data-id"));
        assertThat(jdbc.sql("select status from fact where id = :id").param("id", id0).query(String.class).single()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select value from fact where id = :id").param("id", id2).query(Double.class).single()).isEqualTo(18.0);
        assertThat(jdbc.sql("select by_user from fact_decision where fact_id = :id").param("id", id0).query(String.class).single())
                .isEqualTo(name);

        keys.sendKeys("k").sendKeys("u").perform(); // focus stays on the last; back to the second, undo the rejection
        waitForStatus(facts.get(1), "SUGGESTED");
    }

    @Test
    void eachRuleShowsItsAccuracyAndBulkAcceptIsPreviewedThenUndone() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        String text = "Report " + UUID.randomUUID() + "\n\n7. Lithuania reported that in 2007, 21 investigations had been "
                + "initiated, 22 persons had been prosecuted, 23 persons had been convicted and 24 victims had been identified.\n";
        long doc = analyst.postFile("/api/v1/documents", "file", "lt-bulk.txt", text.getBytes(StandardCharsets.UTF_8))
                .json().get("id").asLong();
        var ids = jdbc.sql("select id from fact where document_id = :d and type = 'statistic' order by start_offset, id")
                .param("d", doc).query(Long.class).list();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(4);
        double[] confidences = {0.95, 0.93, 0.9, 0.5};
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update fact set confidence = :c where id = :id").param("c", i < 4 ? confidences[i] : 0.2)
                    .param("id", ids.get(i)).update();
        }
        String password = "another reviewer's long password";
        String name = TestAccounts.withPassword(accounts, Role.REVIEWER, password);
        Http reviewer = new Http(port).as(TestAccounts.token(accounts, Role.REVIEWER));
        Browser.signIn(browser, "http://localhost:" + port, name, password);
        browser.get("http://localhost:" + port + "/review?document=" + doc + "&type=statistic");

        var facts = browser.findElements(By.cssSelector("li.fact"));
        String rule = facts.get(0).findElement(By.cssSelector(".accuracy")).getAttribute("data-rule");
        String extractor = facts.get(0).findElement(By.cssSelector(".accuracy")).getAttribute("data-extractor");
        assertThat(facts.get(0).findElement(By.cssSelector(".rule")).getText())
                .matches("rule " + java.util.regex.Pattern.quote(rule)
                        + ": (no decisions yet|\\d+ accepted, \\d+ corrected, \\d+ rejected \\(\\d+ %\\)).*");

        new Actions(browser).sendKeys("a").perform();               // accept the first: its rule's figures change at once
        waitForStatus(facts.get(0), "ACCEPTED");
        String figures = reviewer.get("/api/v1/facts/rules?rule=" + Http.q(rule) + "&extractor=" + Http.q(extractor))
                .json().get(0).get("summary").asString();
        assertThat(figures).doesNotContain("no decisions yet");
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "accuracy shown is not " + figures)
                .until(d -> d.findElements(By.cssSelector(".accuracy")).stream()
                        .filter(s -> rule.equals(s.getAttribute("data-rule")))
                        .allMatch(s -> s.getText().equals(figures)));

        new Actions(browser).sendKeys("b").sendKeys("0.9").sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        // The bulk box is drawn again after each step: an element found mid-redraw is looked up again.
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(d -> d.findElement(By.id("bulk-preview")).getText().startsWith("2 undecided suggestions"));
        WebElement confirm = browser.findElement(By.id("bulk-confirm"));
        assertThat(confirm.getText()).isEqualTo("Accept 2");
        assertThat(status(ids.get(1))).as("nothing accepted before the confirmation").isEqualTo("SUGGESTED");
        confirm.click();
        wait.until(d -> d.findElements(By.id("bulk-done")).size() == 1);
        assertThat(browser.findElement(By.id("bulk-done")).getText()).contains("accepted 2 suggestions");
        assertThat(java.util.List.of(status(ids.get(0)), status(ids.get(1)), status(ids.get(2)), status(ids.get(3))))
                .containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED", "SUGGESTED");
        long step = Long.parseLong(browser.findElement(By.id("bulk-done")).getAttribute("data-step"));
        assertThat(jdbc.sql("select by_user from fact_bulk_step where id = :id").param("id", step).query(String.class).single())
                .isEqualTo(name);

        browser.findElement(By.cssSelector("#bulk-done button[data-undo-step]")).click();
        wait.until(d -> d.findElement(By.id("bulk-done")).getText().contains("undone by " + name));
        assertThat(java.util.List.of(status(ids.get(0)), status(ids.get(1)), status(ids.get(2))))
                .containsExactly("ACCEPTED", "SUGGESTED", "SUGGESTED");
    }

    private String status(long fact) {
        return jdbc.sql("select status from fact where id = :id").param("id", fact).query(String.class).single();
    }

    private static void waitForStatus(WebElement fact, String status) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .withMessage(() -> "fact " + fact.getAttribute("data-id") + " is " + fact.getAttribute("data-status")
                        + ", not " + status + "; page says: " + fact.findElement(By.cssSelector(".error")).getText())
                .until(d -> status.equals(fact.getAttribute("data-status")));
    }
}
