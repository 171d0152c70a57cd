package org.palermo.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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
 * The checklist in a real headless Chromium: Nigeria's focal point answers three measures in a published
 * round; an analyst sees them at once in the round's comparison (beside Ghana, the same subregion) and the
 * public profile carries them; in a later round the focal point answers again and the country page shows the
 * progress.
 */
@PalermoIntegrationTest
class ChecklistBrowserTest {

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

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aFocalPointsAnswersShowAtOnceToAnAnalystAndInTheProfileAndALaterRoundShowsProgress() throws Exception {
        Http http = new Http(port);
        Http analystApi = http.as(TestAccounts.token(accounts, Role.ANALYST));
        JsonNode round1 = analystApi.postJson("/api/v1/checklist/rounds",
                "{\"checklist\": \"framework-for-action\", \"name\": \"2025 " + UUID.randomUUID().toString().substring(0, 6) + "\"}").json();
        long r1 = round1.get("id").asLong();
        analystApi.postJson("/api/v1/checklist/rounds/" + r1 + "/publish", "");
        // Ghana, the same M49 subregion, answered prosecution measure a.3 as partly in place
        http.as(TestAccounts.token(accounts, Role.FOCAL_POINT, "GHA")).putJson("/api/v1/checklist/rounds/" + r1 + "/countries/GHA",
                "{\"answers\": [{\"measure\": \"a.3\", \"status\": \"PARTIALLY_IN_PLACE\", \"submit\": true}]}");
        long seed = 0;
        for (JsonNode d : http.get("/api/v1/documents").json()) {
            if (d.get("file_name").asString().startsWith("003_")) {
                seed = d.get("id").asLong();
            }
        }
        String anchor = http.get("/api/v1/documents/" + seed).json().get("paragraphs").get(5).get("anchor").asString();

        String focal = TestAccounts.withPassword(accounts, Role.FOCAL_POINT, "focal-password-1");
        Browser.signIn(browser, base(), focal, "focal-password-1");
        browser.get(base() + "/checklist/NGA?round=" + r1);
        answer("a.3", "IN_PLACE", "/documents/" + seed + "#" + anchor, "");
        answer("b.4", "PARTIALLY_IN_PLACE", "https://www.example.org/nrm-guidelines", "");
        answer("c.4", "PLANNED", "", "Design of a campaign to discourage demand");
        submit();
        assertThat(browser.findElement(By.id("done")).getText()).contains("3 answers submitted");
        assertThat(statusCell("a.3")).isEqualTo("in place");

        String analyst = TestAccounts.withPassword(accounts, Role.ANALYST, "analyst-password-1");
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base(), analyst, "analyst-password-1");
        browser.get(base() + "/checklist?round=" + r1);
        WebElement nigeria = browser.findElement(By.cssSelector("#comparison tr[data-country=NGA]"));
        assertThat(nigeria.findElement(By.cssSelector(".answered")).getText()).isEqualTo("3 / 28");
        assertThat(progressOf(nigeria, "PROSECUTION")).isEqualTo(1.0 / 5);           // a.3 in place, of 5
        assertThat(progressOf(nigeria, "PROTECTION")).isEqualTo(0.5 / 7);            // b.4 partly, of 7
        assertThat(progressOf(nigeria, "PREVENTION")).isEqualTo(0.25 / 5);           // c.4 planned, of 5
        WebElement ghana = browser.findElement(By.cssSelector("#comparison tr[data-country=GHA]"));
        assertThat(progressOf(ghana, "PROSECUTION")).isEqualTo(0.5 / 5);
        WebElement subregion = browser.findElement(By.cssSelector("#regions tr[data-region='Sub-Saharan Africa']"));
        assertThat(subregion.findElements(By.tagName("td")).get(2).getText()).as("countries answering").isEqualTo("2");

        JsonNode section = http.get("/api/v1/countries/NGA/profile").json().get("sections").get("checklist");
        assertThat(section.get("round").get("id").asLong()).isEqualTo(r1);
        assertThat(section.get("answered").asInt()).isEqualTo(3);
        JsonNode prosecution = section.get("pillars").get(0);
        assertThat(prosecution.get("code").asString()).isEqualTo("PROSECUTION");
        assertThat(prosecution.get("progress").asDouble()).isEqualTo(1.0 / 5);
        assertThat(prosecution.get("subregion_average").asDouble()).as("Ghana, the only other country of the subregion").isEqualTo(0.5 / 5);
        assertThat(section.get("needs").asInt()).isEqualTo(1);

        // ... and the profile's checklist card shows them at once, by pillar, beside Ghana's mean, in the first screen
        browser.get(base() + "/countries/NGA");
        screenshot("country-NGA-first-round.png");
        WebElement card = browser.findElement(By.cssSelector("#checklist .checklist-card"));
        assertThat(card.findElement(By.cssSelector(".answered")).getText()).isEqualTo("3 of 28 measures answered");
        assertThat(card.findElement(By.cssSelector(".round")).getText()).isEqualTo(round1.get("name").asString());
        assertThat(pillarRow(card, "PROSECUTION")).containsExactly("Prosecution", "20%", "10%");
        assertThat(pillarRow(card, "PROTECTION")).containsExactly("Protection", "7%", "–");
        assertThat(pillarRow(card, "PREVENTION")).containsExactly("Prevention", "5%", "–");
        assertThat(pillarRow(card, "NATIONAL_COORDINATION")).containsExactly("National coordination", "–", "–");
        assertThat(card.findElement(By.cssSelector("tr[data-pillar=PROSECUTION] svg")).getAttribute("aria-label"))
                .isEqualTo("Prosecution: Nigeria 20%; Sub-Saharan Africa mean 10%; Africa mean 10%");
        assertThat(card.findElement(By.cssSelector("a[href='/checklist/NGA']")).getText()).isNotBlank();
        assertThat(firstScreenBottomOf("checklist")).as("the checklist card within the first screen").isLessThanOrEqualTo(0);
        browser.get(base() + "/checklist?round=" + r1);

        // A later round: closed, opened and published from the page; the focal point answers again
        browser.findElement(By.cssSelector("button.round-action[data-action=close][data-round='" + r1 + "']")).click();
        waitFor(d -> d.findElement(By.id("done")).getText().contains("CLOSED"));
        String name2 = "2026 " + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.cssSelector("#open-round input[name=name]")).sendKeys(name2);
        browser.findElement(By.cssSelector("#open-round button")).click();
        waitFor(d -> d.findElement(By.id("done")).getText().contains("opened"));
        long r2 = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]round=(\\d+).*", "$1"));
        browser.findElement(By.cssSelector("button.round-action[data-action=publish][data-round='" + r2 + "']")).click();
        waitFor(d -> d.findElement(By.id("done")).getText().contains("PUBLISHED"));

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base(), focal, "focal-password-1");
        browser.get(base() + "/checklist/NGA?round=" + r2);
        assertThat(browser.findElement(By.cssSelector("tr[data-key='b.4'] .previous")).getText()).contains("partly in place");
        answer("a.3", "IN_PLACE", "", "");
        answer("b.4", "IN_PLACE", "", "");
        answer("c.4", "PARTIALLY_IN_PLACE", "", "");
        submit();

        browser.manage().deleteAllCookies();
        browser.get(base() + "/checklist/NGA");
        WebElement history = browser.findElement(By.id("history"));
        double before = Double.parseDouble(history.findElement(By.cssSelector("tr[data-round='" + round1.get("name").asString() + "'] .overall"))
                .getAttribute("data-progress"));
        double after = Double.parseDouble(history.findElement(By.cssSelector("tr[data-round='" + name2 + "'] .overall"))
                .getAttribute("data-progress"));
        assertThat(before).isEqualTo((1 + 0.5 + 0.25) / 28);
        assertThat(after).isEqualTo((1 + 1 + 0.5) / 28);
        WebElement b4 = browser.findElement(By.cssSelector("#changes tr[data-key='b.4']"));
        assertThat(b4.getText()).contains("PARTIALLY_IN_PLACE", "IN_PLACE");
        assertThat(Double.parseDouble(b4.getAttribute("data-delta"))).isEqualTo(0.5);
        assertThat(browser.findElement(By.id("overall")).getText()).isEqualTo(Math.round(after * 100) + "%");

        JsonNode later = http.get("/api/v1/countries/NGA/profile").json().get("sections").get("checklist");
        assertThat(later.get("round").get("id").asLong()).isEqualTo(r2);
        assertThat(later.get("history")).hasSize(2);
        assertThat(later.get("history").get(1).get("overall").asDouble()).isGreaterThan(later.get("history").get(0).get("overall").asDouble());

        // the profile's card: the later round, and both rounds in a strip, still in the first screen
        browser.get(base() + "/countries/NGA");
        WebElement card2 = browser.findElement(By.cssSelector("#checklist .checklist-card"));
        screenshot("country-NGA-two-rounds.png");
        assertThat(card2.findElement(By.cssSelector(".round")).getText()).isEqualTo(name2);
        assertThat(pillarRow(card2, "PROSECUTION").get(1)).isEqualTo("20%");
        assertThat(pillarRow(card2, "PROTECTION").get(1)).isEqualTo("14%");
        assertThat(card2.findElements(By.cssSelector(".history svg g.round-box"))).hasSize(2);
        assertThat(pillarRow(card2, "PROSECUTION").get(2)).as("nobody else answered the later round").isEqualTo("(no column)");
        assertThat(firstScreenBottomOf("checklist")).as("the checklist card within the first screen").isLessThanOrEqualTo(0);
    }

    private void answer(String key, String status, String evidence, String needs) {
        WebElement row = browser.findElement(By.cssSelector("#answers tr[data-key='" + key + "']"));
        new Select(row.findElement(By.name("status"))).selectByValue(status);
        WebElement e = row.findElement(By.name("evidence"));
        e.clear();
        e.sendKeys(evidence);
        WebElement n = row.findElement(By.name("ta_needs"));
        n.clear();
        n.sendKeys(needs);
    }

    private void submit() {
        ((JavascriptExecutor) browser).executeScript("window.__checklistOldPage = true;");
        browser.findElement(By.id("submit-answers")).click();
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.__checklistOldPage === undefined && document.readyState === 'complete';")));
        waitFor(d -> d.findElement(By.id("done")).isDisplayed());
    }

    private String statusCell(String key) {
        WebElement row = browser.findElement(By.cssSelector("#answers tr[data-key='" + key + "']"));
        return new Select(row.findElement(By.name("status"))).getFirstSelectedOption().getText();
    }

    /** Kept in target/screenshots for a person to look at (the analyst's page: signed in, so with the account in the header). */
    private static void screenshot(String name) throws java.io.IOException {
        java.nio.file.Path shot = java.nio.file.Path.of("target", "screenshots", name);
        java.nio.file.Files.createDirectories(shot.getParent());
        java.nio.file.Files.write(shot, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** A pillar's row of the profile's checklist card: its name, the country's progress and the subregion's mean. */
    private static java.util.List<String> pillarRow(WebElement card, String pillar) {
        WebElement row = card.findElement(By.cssSelector("tr[data-pillar=" + pillar + "]"));
        java.util.List<WebElement> subregion = row.findElements(By.cssSelector("td.subregion"));
        return java.util.List.of(row.findElement(By.tagName("th")).getText(), row.findElement(By.cssSelector("td.own")).getText(),
                subregion.isEmpty() ? "(no column)" : subregion.get(0).getText());
    }

    /** How far below the bottom of the window an element ends (0 or less: within the first screen). */
    private static long firstScreenBottomOf(String id) {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.ceil(document.getElementById(arguments[0]).getBoundingClientRect().bottom - window.innerHeight);", id);
    }

    private static double progressOf(WebElement row, String group) {
        return Double.parseDouble(row.findElement(By.cssSelector("td.group[data-group=" + group + "]")).getAttribute("data-progress"));
    }

    private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        Browser.waitUntil(browser, Duration.ofSeconds(30), () -> "page " + browser.getCurrentUrl() + " says: "
                + browser.findElements(By.id("errors")).stream().map(WebElement::getText).findFirst().orElse("(no error box)"),
                condition);
    }
}
