package org.palermo.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
import tools.jackson.databind.JsonNode;

/**
 * {@code /countries/NGA} in a real headless Chromium at 1280×900: at the top, in the first screen, Nigeria's Protocol
 * standing and date, its tier strip, the victims and convictions trends, the named counterparts and the checklist
 * card, each with its source. A screenshot is kept in {@code target/screenshots/} for a person to look at.
 */
@PalermoIntegrationTest
class CountryProfileBrowserTest {

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
    void nigeriasProfileShowsItsStandingTiersTrendsAndCounterpartsAtTheTopWithTheirSources() throws Exception {
        JsonNode o = new Http(port).get("/api/v1/countries/NGA/profile").json().get("overview");
        browser.get("http://localhost:" + port + "/countries/NGA");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nigeria");
        long screen = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.innerHeight;");

        WebElement protocol = browser.findElement(By.id("protocol"));
        assertThat(protocol.findElement(By.className("standing")).getText()).isEqualTo("Party");
        assertThat(protocol.findElement(By.className("since")).getText()).isEqualTo(o.get("protocol").get("since").asString());
        assertThat(protocol.findElement(By.className("source")).getText()).contains("UN Treaty Collection");

        WebElement tiers = browser.findElement(By.id("tiers"));
        List<WebElement> years = tiers.findElements(By.cssSelector("svg g.tier-year"));
        assertThat(years).hasSize(o.get("tiers").get("years").size());
        WebElement y2004 = tiers.findElement(By.cssSelector("svg g.tier-year[data-year='2004']"));
        assertThat(y2004.findElement(By.tagName("title")).getAttribute("textContent")).isEqualTo("2004: Tier 2 Watch List");
        assertThat(tiers.findElement(By.className("source")).getText()).contains("Trafficking in Persons Report");

        WebElement trends = browser.findElement(By.id("trends"));
        for (String indicator : List.of("Detected trafficking victims", "Persons convicted")) {
            WebElement trend = trends.findElement(By.cssSelector("[data-indicator='" + indicator + "']"));
            WebElement line = trend.findElement(By.cssSelector("svg.sparkline"));
            assertThat(line.findElements(By.tagName("polyline"))).isNotEmpty();
            String latest = null;
            for (JsonNode t : o.get("trends")) {
                if (t.get("indicator").asString().equals(indicator)) {
                    latest = t.get("latest").get("value_text").asString();
                }
            }
            assertThat(line.getAttribute("textContent")).contains(latest);
        }
        assertThat(trends.findElement(By.className("source")).getText()).contains("GLOTIP");

        WebElement counterparts = browser.findElement(By.id("counterparts"));
        List<String> names = counterparts.findElements(By.cssSelector("ol.destinations a")).stream().map(WebElement::getText).toList();
        assertThat(names).contains(o.get("counterparts").get("destinations").get(0).get("name").asString());
        assertThat(names).allMatch(n -> !n.matches("[A-Z]{3}"));
        assertThat(counterparts.findElement(By.cssSelector("svg.counterpart-map path[fill='" + ProfileGraphics.SUBJECT_COLOUR + "']"))
                .isDisplayed()).isTrue();
        assertThat(counterparts.findElement(By.className("source")).getText()).contains("Trafficking in Persons Report");

        WebElement checklist = browser.findElement(By.id("checklist"));
        if (checklist.findElements(By.cssSelector(".section-view")).isEmpty()) {
            // the checklist module has nothing for Nigeria (or is not there): the card says so and how to add it
            assertThat(checklist.getText()).contains("No self-assessment answers").contains("focal point");
        }

        for (WebElement card : List.of(protocol, tiers, trends, counterparts, checklist)) {
            assertThat(card.getLocation().getY() + card.getSize().getHeight()).as(card.getAttribute("id") + " within the first screen")
                    .isLessThanOrEqualTo((int) screen);
        }
        assertThat(browser.findElements(By.cssSelector("script:not([src])"))).as("no inline script (CSP)").isEmpty();

        Path shot = Path.of("target", "screenshots", "country-NGA.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void providersAppearOnTheLeafletMapAndThePublicIsToldLocationsAreRounded() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        analyst.postJson("/api/v1/registries/providers", "{\"country\":\"CPV\",\"name\":\"Centro <b>de</b> apoio\",\"type\":\"CONSULTATION_CENTRE\","
                + "\"services\":[\"LEGAL\",\"PSYCHOLOGICAL\"],\"target_groups\":[\"WOMEN\"],\"city\":\"Praia\",\"latitude\":14.93,"
                + "\"longitude\":-23.51,\"source\":\"national directory\"}");
        browser.get("http://localhost:" + port + "/registries/providers?country=CPV");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "1".equals(d.findElement(By.id("providers-map")).getAttribute("data-rendered")));
        assertThat(browser.findElements(By.cssSelector("#providers-map path.leaflet-interactive"))).isNotEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("rounded to about 10 km");
        assertThat(browser.findElement(By.id("providers")).getText()).contains("Centro <b>de</b> apoio");
    }
}
