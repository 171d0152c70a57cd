package org.palermo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.accounts.Accounts;
import org.palermo.support.Browser;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The statistics pages in a real headless Chromium: the country page's charts, the world map, a submission by form. */
@PalermoIntegrationTest
class StatisticsBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
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

    @Test
    void nigeriasCountryPageShowsItsSeriesAsCharts() {
        browser.get("http://localhost:" + port + "/statistics/countries/NGA");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Nigeria");
        waitFor(d -> d.findElement(By.id("stat-charts")).getAttribute("data-rendered") != null);
        List<WebElement> canvases = browser.findElements(By.cssSelector("#stat-charts canvas"));
        assertThat(canvases).hasSizeGreaterThanOrEqualTo(4);
        for (WebElement canvas : canvases) {
            Number points = (Number) js("var c = Chart.getChart(arguments[0]); if (!c) return 0;"
                    + " return c.data.datasets.reduce(function (n, d) { return n + d.data.filter(function (v) { return v !== null; }).length; }, 0);",
                    canvas);
            assertThat(points.intValue()).as("points drawn in " + canvas.getAttribute("id")).isPositive();
            assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
        }
        Number victims2019 = (Number) js("var c = Chart.getChart(document.getElementById('chart-victims'));"
                + " return c.data.datasets[0].data[c.data.labels.indexOf(2019)];");
        assertThat(victims2019.intValue()).isEqualTo(1152);
        assertThat(js("return Chart.getChart(document.getElementById('chart-shares')) !== undefined;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("stat-shares")).getText()).contains("2019").contains("1152");
        assertThat(browser.findElement(By.id("stat-notes")).getText()).contains("suppressed");
    }

    @Test
    void theWorldMapRendersDetectedVictimsIn2019WithALegend() {
        browser.get("http://localhost:" + port + "/statistics?indicator=Detected+trafficking+victims&year=2019");
        waitFor(d -> d.findElement(By.id("stat-map")).getAttribute("data-rendered") != null);
        List<WebElement> paths = browser.findElements(By.cssSelector("#stat-map svg path.country"));
        assertThat(paths).hasSizeGreaterThan(150);
        String nigeria = browser.findElement(By.cssSelector("#stat-map path[data-iso3='NGA']")).getAttribute("fill");
        assertThat(nigeria).isNotEqualTo("#d9d9d9").startsWith("#");
        long noData = paths.stream().filter(p -> "#d9d9d9".equals(p.getAttribute("fill"))).count();
        long withData = paths.stream().filter(p -> !"#d9d9d9".equals(p.getAttribute("fill"))).count();
        assertThat(noData).as("countries without a figure").isPositive();
        assertThat(withData).as("countries with a figure").isGreaterThan(60);
        String legend = browser.findElement(By.id("stat-legend")).getText();
        assertThat(legend).contains("no data").contains("suppressed");
        assertThat(browser.findElements(By.cssSelector("#stat-legend .swatch")).size()).isGreaterThanOrEqualTo(4);
        Number points = (Number) js("return Chart.getChart(document.getElementById('stat-scatter')).data.datasets[0].data.length;");
        assertThat(points.intValue()).as("countries in the HDI scatter").isGreaterThan(50);
    }

    @Test
    void theDataQualityPageListsTheConflicts() {
        browser.get("http://localhost:" + port + "/statistics/data-quality?country=ARG");
        assertThat(browser.findElement(By.id("stat-conflicts")).getText()).contains("Argentina").contains("<5 / 11");
    }

    @Test
    void aFocalPointFillsTheFormIsToldWhichRuleFailsAndSubmits() {
        String password = "a long enough password";
        String name = TestAccounts.withPassword(accounts, Role.FOCAL_POINT, password);
        Browser.signIn(browser, "http://localhost:" + port, name, password);
        browser.get("http://localhost:" + port + "/statistics/submissions");
        WebElement year = browser.findElement(By.cssSelector("#new-submission input[name=year]"));
        year.clear();
        year.sendKeys("2020");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("#new-submission button")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Nigeria").contains("2020");

        value("Detected trafficking victims, Total, Total, Total, Total", "90");
        value("Persons prosecuted, Total, Total, Total, Total", "10");
        value("Persons convicted, Total, Total, Total, Total", "15");
        clickAndWaitForNewPage(browser.findElement(By.id("save")));
        assertThat(browser.findElement(By.id("message")).getText()).contains("saved");
        browser.findElement(By.id("submit")).click();
        waitFor(d -> d.findElement(By.id("errors")).isDisplayed());
        assertThat(browser.findElement(By.id("errors")).getText()).contains("convicted_le_prosecuted")
                .contains("Persons convicted ≤ persons prosecuted");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("DRAFT");

        value("Persons convicted, Total, Total, Total, Total", "8");
        clickAndWaitForNewPage(browser.findElement(By.id("save")));
        clickAndWaitForNewPage(browser.findElement(By.id("submit")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("SUBMITTED");
        assertThat(browser.findElement(By.id("history")).getText()).contains(name).contains("submit");
    }

    @Test
    void anAnalystPublishesABacklogFromTheListAndSeesWhatWasRefused() {
        Http focal = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, "BFA"));
        long id = focal.postJson("/api/v1/statistics/submissions", "{\"country\": \"BFA\", \"year\": 2018}").json().get("id").asLong();
        focal.putJson("/api/v1/statistics/submissions/" + id + "/values", SubmissionWorkflowTest.values(60, 40));
        assertThat(focal.postJson("/api/v1/statistics/submissions/" + id + "/submit", "").status()).isEqualTo(200);

        String password = "a long enough password";
        String name = TestAccounts.withPassword(accounts, Role.ANALYST, password);
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, "http://localhost:" + port, name, password);
        browser.get("http://localhost:" + port + "/statistics/submissions");
        WebElement pick = browser.findElement(By.cssSelector(".bulk-pick[value='" + id + "']"));
        pick.click();

        browser.findElement(By.cssSelector("#bulk-step button[data-action=publish]")).click();
        waitFor(d -> d.findElement(By.id("bulk-results")).isDisplayed());
        assertThat(browser.findElement(By.id("bulk-results")).getText()).contains("Published 0, refused 1")
                .contains("BFA 2018: refused").contains("it is SUBMITTED (needs VALIDATED)");

        pick.click();
        browser.findElement(By.cssSelector("#bulk-step button[data-action=validate]")).click();
        waitFor(d -> d.findElement(By.id("bulk-results")).getText().contains("Validated 1"));
        pick.click();
        browser.findElement(By.cssSelector("#bulk-step button[data-action=publish]")).click();
        waitFor(d -> d.findElement(By.id("bulk-results")).getText().contains("Published 1, refused 0"));
        assertThat(browser.findElement(By.cssSelector("#submissions tr[data-id='" + id + "'] .badge")).getText()).isEqualTo("PUBLISHED");
        assertThat(browser.findElements(By.cssSelector(".bulk-pick[value='" + id + "']"))).as("a published one can't be picked").isEmpty();
        assertThat(focal.get("/api/v1/statistics/submissions/" + id).json().get("status").asString()).isEqualTo("PUBLISHED");
    }

    /** Clicks and waits until the script has moved the browser to a freshly loaded page. */
    private static void clickAndWaitForNewPage(WebElement element) {
        js("window.__statisticsOldPage = true;");
        element.click();
        waitFor(d -> Boolean.TRUE.equals(js("return window.__statisticsOldPage === undefined && document.readyState === 'complete';")));
    }

    private void value(String label, String value) {
        WebElement input = browser.findElement(By.cssSelector("input[name=value][aria-label='" + label + "']"));
        input.clear();
        input.sendKeys(value);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition::apply);
    }
}
