package org.palermo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.accounts.Accounts;
import org.palermo.support.Browser;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst adds a real report excerpt through the documents page, giving no country: a Belgian press release in
 * French (reports-dev C02) that never names Belgium — only its federal migration centre, Myria, its shelters and
 * its minister. Its statistics reach the review queue with Belgium as their subject.
 */
@PalermoIntegrationTest
class DocumentUploadBrowserTest {

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
    void anUploadedReportsStatisticsReachTheReviewQueueWithTheirSubject(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("myria-2024.txt");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reports-dev/texts/C02.txt")) {
            Files.write(file, in.readAllBytes());
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("Belgique").doesNotContain("Belgium");
        String password = "an analyst's long password";
        String name = TestAccounts.withPassword(accounts, Role.ANALYST, password);
        String base = "http://localhost:" + port;
        Browser.signIn(browser, base, name, password);

        browser.get(base + "/documents");
        browser.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("upload-source-type"))).selectByValue("MEDIA");
        assertThat(browser.findElement(By.id("upload-country")).getAttribute("value")).isEmpty();
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        WebElement review = new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage(() -> "the upload did not answer: " + browser.findElement(By.id("upload-result")).getText())
                .until(d -> d.findElements(By.id("review-uploaded")).stream().findFirst().orElse(null));
        review.click();

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("li.fact")).isEmpty());
        List<WebElement> facts = browser.findElements(By.cssSelector("li.fact"));
        List<String> subjects = facts.stream().map(f -> f.findElement(By.cssSelector(".subject")).getText()).toList();
        List<String> quotes = facts.stream().map(f -> f.findElement(By.cssSelector(".quote")).getText()).toList();
        assertThat(facts).hasSizeGreaterThanOrEqualTo(5);
        assertThat(subjects).as("every statistic is about Belgium").containsOnly("BEL");
        assertThat(quotes).anyMatch(q -> q.contains("1 556 signalements"))
                .anyMatch(q -> q.contains("145 victimes de traite"));
    }
}
