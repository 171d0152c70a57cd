package org.palermo.caselaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: an analyst uploads one decision on the case-law page; it arrives coded, and its
 * labels wait in the review queue with their quotes; accepting them there shows on the decision's page
 * and in the search facets. (The decision never contains the word "debt": CaseSearchApiTest counts it.)
 */
@PalermoIntegrationTest
class CaseReviewBrowserTest {

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
    void anUploadedDecisionIsCodedReviewedAndFound() throws Exception {
        String base = "http://localhost:" + port;
        String surname = "Zabrowskiq" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
        String key = "BT-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("decision", ".txt");
        Files.writeString(file, "Defendant Rafael " + surname + ", a Mexican national, recruited two Guatemalan women with promises of "
                + "work in a restaurant in Houston. He forced them into prostitution and threatened to harm their families.",
                StandardCharsets.UTF_8);
        String password = "an analyst's long password";
        String name = TestAccounts.withPassword(accounts, Role.ANALYST, password);
        Browser.signIn(browser, base, name, password);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        // Upload through the page, with the metadata form.
        browser.get(base + "/cases");
        browser.findElement(By.cssSelector("#case-upload summary")).click();
        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.findElement(By.id("upload-id")).sendKeys(key);
        browser.findElement(By.id("upload-name")).sendKeys("United States v. " + surname);
        browser.findElement(By.id("upload-jurisdiction")).sendKeys("USA");
        browser.findElement(By.id("upload-submit")).click();
        WebElement summary = wait.until(d -> d.findElement(By.id("upload-summary")));
        assertThat(summary.getText()).contains("1 imported").contains("coded values suggested for review");

        // Before review, the search shows the decision as coded by the coder.
        browser.get(base + "/cases?q=" + surname);
        assertThat(facetLabels("coding")).contains("the coder (unreviewed)");
        assertThat(facetLabels("victim_nationalities")).contains("Guatemala");

        // The review queue lists its labels, each with its quote.
        browser.get(base + "/review?kind=case_label&case=" + key);
        List<WebElement> labels = browser.findElements(By.cssSelector("li.case-label"));
        assertThat(labels).hasSizeGreaterThanOrEqualTo(5);
        WebElement nationality = labels.stream().filter(li -> li.getAttribute("data-field").equals("victim_nationalities")).findFirst().orElseThrow();
        assertThat(nationality.findElement(By.cssSelector(".quote")).getText()).contains("two Guatemalan women");
        WebElement purpose = labels.stream().filter(li -> li.getAttribute("data-field").equals("purposes")).findFirst().orElseThrow();
        assertThat(purpose.getText()).contains("SEXUAL_EXPLOITATION");
        assertThat(purpose.findElement(By.cssSelector(".quote")).getText()).contains("prostitution");

        // Accept every label with the keyboard; the rule's record follows each decision.
        Actions keys = new Actions(browser);
        for (WebElement label : labels) {
            keys.sendKeys("a").perform();
            wait.until(d -> "ACCEPTED".equals(label.getAttribute("data-status")));
        }
        wait.until(d -> purpose.findElement(By.cssSelector(".accuracy")).getText().matches(".*\\d+ accepted.*"));

        // The decision's page shows the reviewer's acceptance, the facets show a decision coded by people.
        browser.get(base + "/cases/" + key);
        WebElement accepted = browser.findElement(By.cssSelector("tr[data-field='purposes'] li.value"));
        assertThat(accepted.getText()).contains("Sexual exploitation").contains("accepted by " + name);
        wait.until(d -> {
            d.get(base + "/cases?q=" + surname);
            return facetLabels("coding").contains("people");
        });
        assertThat(facetLabels("purposes")).contains("Sexual exploitation");
        assertThat(facetLabels("defendant_nationalities")).contains("Mexico");
    }

    private List<String> facetLabels(String dim) {
        return browser.findElements(By.cssSelector("fieldset[data-facet='" + dim + "'] .facet-label")).stream().map(WebElement::getText).toList();
    }
}
