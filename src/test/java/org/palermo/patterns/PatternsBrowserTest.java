package org.palermo.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.support.Browser;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** End to end in a real headless Chromium: the citation index map and the flow map draw the demo data. */
@PalermoIntegrationTest
class PatternsBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

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

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Test
    void theCitationIndexPageColoursTheMapAndRanksCountries() {
        browser.get("http://localhost:" + port + "/patterns/citation-index?role=ORIGIN");
        waiting().until(b -> b.findElements(By.cssSelector("#citation-table tbody tr")).size() > 100);
        assertThat(browser.findElements(By.cssSelector("#map path.land.lvl-VERY_HIGH")).size()).isGreaterThan(50);
        assertThat(browser.findElement(By.cssSelector("#citation-table tbody tr")).getText()).contains("VERY_HIGH");
        assertThat(browser.findElement(By.id("freshness")).getText()).contains("data version");
        assertThat(browser.findElement(By.id("legend")).getText()).contains("VERY_LOW").contains("1 source");
        assertThat(browser.findElement(By.id("csv")).getAttribute("href")).contains("role=ORIGIN").contains("format=csv");
    }

    @Test
    void theFlowsPageDrawsArcsAndARankedTable() {
        browser.get("http://localhost:" + port + "/patterns/flows");
        waiting().until(b -> b.findElements(By.cssSelector("#map path.arc")).size() > 100);
        assertThat(browser.findElement(By.cssSelector("#flows-table tbody tr")).getText()).contains("Myanmar").contains("Thailand");
        browser.get("http://localhost:" + port + "/patterns/flows?region=Western+Europe&from=2014&to=2016");
        waiting().until(b -> !b.findElements(By.cssSelector("#flows-table tbody tr")).isEmpty()
                && b.findElement(By.id("count")).getText().contains("pairs"));
        assertThat(browser.findElement(By.cssSelector("#filters select[name=region]")).getAttribute("value")).isEqualTo("Western Europe");
        assertThat(browser.findElement(By.cssSelector("#flows-table tbody tr")).getText()).contains("2014");
    }

    @Test
    void theImportPageListsUnresolvedNames() {
        browser.get("http://localhost:" + port + "/patterns/flows/imports");
        assertThat(browser.findElement(By.id("imports")).getText()).contains("Tibet").contains("Netherlands Antilles");
    }
}
