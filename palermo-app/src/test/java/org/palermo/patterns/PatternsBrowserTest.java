package org.palermo.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.support.Browser;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * End to end in a real headless Chromium: every page of the patterns tool draws the demo data, its controls
 * change what is shown, and no script error (nor a resource blocked by the Content-Security-Policy) occurs.
 */
@PalermoIntegrationTest
class PatternsBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    /** Installed before any page script runs: collects uncaught errors, failed resources and CSP violations. */
    static final String ERROR_TRAP = "window.__errors = [];"
            + "addEventListener('error', function (e) { __errors.push(String(e.message || (e.target && (e.target.src || e.target.href)) || e)); }, true);"
            + "addEventListener('unhandledrejection', function (e) { __errors.push('unhandled: ' + e.reason); });"
            + "document.addEventListener('securitypolicyviolation', function (e) { __errors.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI); });";

    @BeforeAll
    static void start() {
        browser = Browser.start();
        ((ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_TRAP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    WebDriverWait waiting() {
        // tables are refilled while we read them: a row replaced under our feet is read again
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }

    Http http() {
        return new Http(port);
    }

    Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The page's scripts ran without an error, and no analysis failed to load. */
    void assertNoScriptErrors() {
        Object errors = js("return window.__errors");
        assertThat(errors).as("the error trap is installed").isNotNull();
        assertThat((List<?>) errors).as("script errors on " + browser.getCurrentUrl()).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Could not load");
    }

    List<String> rows(String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream().map(WebElement::getText).toList();
    }

    void submit(String formId, String field, String value) {
        WebElement input = browser.findElement(By.cssSelector("#" + formId + " [name=" + field + "]"));
        if (input.getTagName().equals("select")) {
            new Select(input).selectByVisibleText(value);
        } else {
            input.clear();
            input.sendKeys(value);
        }
        browser.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
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
    void theTrendsPageDrawsTheYearsAndFollowsTheCountryAndThePeriodsChosen() {
        browser.get("http://localhost:" + port + "/patterns/trends");
        waiting().until(b -> rows("trends-table").size() >= 16);
        List<String> world = rows("trends-table");
        assertThat(((Number) js("return Chart.getChart(document.getElementById('trend-chart')).data.labels.length")).intValue())
                .isEqualTo(world.size());
        assertNoScriptErrors();

        JsonNode thailand = http().get("/api/v1/patterns/trends?country=THA").json();
        List<String> expected = new ArrayList<>();
        thailand.forEach(y -> expected.add(String.join(" ", List.of("year", "sources", "facts", "flows", "origin", "transit", "destination", "internal")
                .stream().map(k -> y.get(k).asString()).toList())));
        submit("filters", "country", "THA");
        waiting().until(b -> rows("trends-table").equals(expected));
        assertThat(expected).isNotEqualTo(world);
        assertThat(browser.getCurrentUrl()).contains("country=THA");
        assertThat(browser.findElement(By.id("csv")).getAttribute("href")).contains("country=THA").contains("format=csv");

        JsonNode changes = http().get("/api/v1/patterns/changes?before=2003-2006&after=2013-2016&country=THA").json().get("changes");
        assertThat(changes.size()).isPositive();
        browser.findElement(By.cssSelector("#change-filters [name=before]")).clear();
        browser.findElement(By.cssSelector("#change-filters [name=before]")).sendKeys("2003-2006");
        browser.findElement(By.cssSelector("#change-filters [name=after]")).clear();
        browser.findElement(By.cssSelector("#change-filters [name=after]")).sendKeys("2013-2016");
        submit("change-filters", "country", "THA");
        waiting().until(b -> b.findElement(By.id("change-counts")).getText().startsWith("2003–2006 → 2013–2016"));
        waiting().until(b -> rows("changes-table").size() == Math.min(1000, changes.size()));
        assertThat(rows("changes-table")).allMatch(r -> r.contains("Thailand (THA)"));
        JsonNode flow = java.util.stream.StreamSupport.stream(changes.spliterator(), false)
                .filter(c -> c.get("origin").isString()).findFirst().orElseThrow();
        String shown = flow.get("origin_name").asString() + " (" + flow.get("origin").asString() + ") → "
                + flow.get("destination_name").asString() + " (" + flow.get("destination").asString() + ")";
        assertThat(rows("changes-table")).anyMatch(r -> r.contains(shown));
        assertNoScriptErrors();
    }

    @Test
    void theVictimProfilesPageShowsPooledNationalSharesAndThoseOfTheCountryChosen() {
        browser.get("http://localhost:" + port + "/patterns/victims");
        waiting().until(b -> !rows("statistics-table").isEmpty());
        assertThat(browser.findElement(By.id("statistics-note")).getText()).contains("Pooled over the countries");
        assertThat(browser.findElement(By.id("mentions-basis")).getText()).startsWith("Basis:");
        assertThat(js("return Chart.getChart(document.getElementById('groups-chart')) != null")).isEqualTo(true);
        assertNoScriptErrors();

        JsonNode nigeria = http().get("/api/v1/statistics/countries/NGA").json().get("shares");
        assertThat(nigeria.size()).isPositive();
        submit("filters", "country", "NGA");
        waiting().until(b -> b.findElement(By.id("statistics-note")).getText().contains("NGA"));
        waiting().until(b -> rows("statistics-table").size() == nigeria.size());
        List<String> cells = browser.findElements(By.cssSelector("#statistics-table tbody tr:first-child td")).stream()
                .map(WebElement::getText).toList();
        assertThat(List.of(cells.get(0), cells.get(2))).containsExactly(nigeria.get(0).get("year").asString(),
                nigeria.get(0).get("total").asString());
        assertNoScriptErrors();
    }

    @Test
    void theDevelopmentPagePlotsCountriesAgainstTheHdiForTheRoleChosen() {
        browser.get("http://localhost:" + port + "/patterns/development");
        waiting().until(b -> !rows("correlations").isEmpty());
        assertThat(rows("correlations").get(0)).startsWith("World ");
        int points = ((Number) js("return Chart.getChart(document.getElementById('hdi-chart')).data.datasets"
                + ".reduce(function (n, d) { return n + d.data.length; }, 0)")).intValue();
        assertThat(points).isGreaterThan(100);
        assertThat(browser.findElement(By.id("caveat")).getText()).contains("not a cause");
        assertThat(browser.findElement(By.id("freshness")).getText()).contains("data version");
        assertNoScriptErrors();

        JsonNode world = http().get("/api/v1/patterns/development?role=DESTINATION").json().get("correlations").get(0);
        submit("filters", "role", "DESTINATION");
        waiting().until(b -> String.valueOf(js("return Chart.getChart(document.getElementById('hdi-chart')).options.scales.y.title.text"))
                .contains("destination"));
        waiting().until(b -> rows("correlations").get(0).equals("World " + world.get("n").asString() + " "
                + world.get("pearson").asString() + " " + world.get("spearman").asString()));
        assertNoScriptErrors();
    }

    @Test
    void theDataGapsPageListsTheCountriesWithGapsAndAllOnRequest() {
        JsonNode gaps = http().get("/api/v1/patterns/gaps").json();
        int withGaps = 0;
        for (JsonNode c : gaps.get("countries")) {
            if (c.get("facts").asInt() == 0 || !c.get("years_without_data").isEmpty() || !c.get("single_source_roles").isEmpty()) {
                withGaps++;
            }
        }
        int onlyGaps = withGaps;
        browser.get("http://localhost:" + port + "/patterns/gaps");
        waiting().until(b -> rows("gaps-table").size() == onlyGaps);
        assertThat(browser.findElements(By.cssSelector("#summary li"))).hasSize(4);
        assertThat(browser.findElement(By.id("summary")).getText())
                .contains(gaps.get("countries_without_data").size() + " of " + gaps.get("countries_total").asInt());
        assertNoScriptErrors();

        browser.findElement(By.id("only-gaps")).click();
        // every country and territory, also those without a gap (other tests' facts in the shared database can widen
        // the year span until every country has a year without data; then both lists are the same length)
        waiting().until(b -> rows("gaps-table").size() == gaps.get("countries").size());
        assertThat(gaps.get("countries").size()).isEqualTo(gaps.get("countries_total").asInt());
        assertNoScriptErrors();
    }

    @Test
    void theImportPageListsUnresolvedNames() {
        browser.get("http://localhost:" + port + "/patterns/flows/imports");
        assertThat(browser.findElement(By.id("imports")).getText()).contains("Tibet").contains("Netherlands Antilles");
    }
}
