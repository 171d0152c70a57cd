package org.palermo.caselaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.support.Browser;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** End to end in a real headless Chromium: a prosecutor searches by words, narrows by purpose and form, opens a decision. */
@PalermoIntegrationTest
class CaseSearchBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    CaseImport imports;

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

    long total() {
        return Long.parseLong(browser.findElement(By.id("total")).getAttribute("data-total"));
    }

    void tick(String dim, String value) {
        WebElement old = browser.findElement(By.id("total"));
        browser.findElement(By.cssSelector("fieldset[data-facet='" + dim + "'] input[value='" + value + "']")).click();
        // The page script submits the form on a tick: wait for the new page.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(old));
    }

    @Test
    void aProsecutorFindsDecisionsByWordsAndNarrowsByPurposeAndForm() {
        String words = "debt bondage domestic servitude";
        browser.get("http://localhost:" + port + "/cases");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys(words);
        WebElement before = browser.findElement(By.id("total"));
        q.submit();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));

        long all = total();
        assertThat(all).isPositive();
        List<WebElement> marks = browser.findElements(By.cssSelector(".hit .snippet mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks.stream().map(m -> m.getText().toLowerCase()).toList())
                .anyMatch(t -> t.startsWith("debt") || t.startsWith("bondage") || t.startsWith("domestic") || t.startsWith("servitude"));

        tick("purposes", "FORCED_LABOUR");
        long forced = total();
        assertThat(forced).isPositive().isLessThan(all);
        assertThat(browser.findElement(By.cssSelector("fieldset[data-facet='purposes'] input[value='FORCED_LABOUR']")).isSelected()).isTrue();
        Http http = new Http(port);
        assertThat(forced).isEqualTo(http.get("/api/v1/cases?q=" + Http.q(words) + "&purpose=FORCED_LABOUR").json().get("total").asLong());

        tick("form", "TRANSNATIONAL");
        long narrowed = total();
        assertThat(narrowed).isPositive().isLessThanOrEqualTo(forced);
        assertThat(narrowed).isEqualTo(http.get("/api/v1/cases?q=" + Http.q(words) + "&purpose=FORCED_LABOUR&form=TRANSNATIONAL")
                .json().get("total").asLong());
        for (WebElement hit : browser.findElements(By.cssSelector(".hit"))) {
            assertThat(hit.findElement(By.cssSelector(".hit-coding")).getText()).contains("Forced labour").contains("Transnational");
        }

        browser.findElement(By.cssSelector(".hit h2 a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("coding")));
        assertThat(browser.findElement(By.cssSelector("tr[data-field='purposes']")).getText()).contains("Forced labour").contains("imported (human)");
        assertThat(browser.findElement(By.id("text")).getText()).isNotBlank();
    }

    @Test
    void aDecisionPageMarksTheCodersQuotes() throws Exception {
        // The bundled decisions are human-coded; this one arrives uncoded, so the coder codes it with quotes.
        String id = "B-" + java.util.UUID.randomUUID();
        String line = "{\"id\": \"" + id + "\", \"jurisdiction\": \"GBR\", \"name\": \"R v. <b>Bold</b>\", "
                + "\"text\": \"The defendant recruited two women from Albania with false promises of jobs and forced them into prostitution "
                + "in Manchester. <script>alert(1)</script> He took their passports.\"}";
        CaseImport.Report report = imports.importJsonl(new java.io.StringReader(line), null);
        assertThat(report.created()).isEqualTo(1);
        browser.get("http://localhost:" + port + "/cases/" + id);
        List<WebElement> marks = browser.findElements(By.cssSelector("#text mark"));
        assertThat(marks).isNotEmpty();
        assertThat(browser.findElement(By.id("coding")).getText()).contains("suggested by the coder");
        assertThat(browser.findElement(By.id("text")).getText()).contains("<script>alert(1)</script>");
        assertThat(browser.findElements(By.cssSelector("#text script"))).isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("R v. <b>Bold</b>");
    }
}
