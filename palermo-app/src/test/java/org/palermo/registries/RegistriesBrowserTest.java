package org.palermo.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.palermo.accounts.Accounts;
import org.palermo.support.Browser;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registries' pages in a real headless Chromium: a focal point imports its country's contact points from files
 * (a bad file is listed by line and field, the good one is kept), and an analyst adds, then retracts, a treaty entry
 * for Palau, which no source lists as a party.
 */
@PalermoIntegrationTest
class RegistriesBrowserTest {

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
    void aFocalPointImportsItsContactPointsFromFilesAndSeesTheBadRowsByLineAndField(@TempDir Path dir) throws Exception {
        String base = "http://localhost:" + port;
        browser.manage().deleteAllCookies();
        String password = "pass-" + UUID.randomUUID();
        String name = TestAccounts.withPassword(accounts, Role.FOCAL_POINT, password);
        Browser.signIn(browser, base, name, password);
        String org = "Anti-trafficking desk " + UUID.randomUUID().toString().substring(0, 6);
        Path good = Files.writeString(dir.resolve("nga-contacts.csv"), "country,organisation,role,languages,email,source\n"
                + "NGA," + org + ",LIAISON_OFFICER,en;fr,liaison@ng.example,liaison list 2026\n");
        Path bad = Files.writeString(dir.resolve("typo.csv"), "country,organisation,role,source\nNGA,Other office,AMBASADOR,list\n");

        browser.get(base + "/registries/contacts?country=NGA");
        browser.findElement(By.cssSelector("#directory-import input[type=file]")).sendKeys(good + "\n" + bad);
        browser.findElement(By.cssSelector("#directory-import button")).click();
        wait(d -> "true".equals(d.findElement(By.id("import-result")).getAttribute("data-done")));
        String result = browser.findElement(By.id("import-result")).getText();
        assertThat(result).contains("nga-contacts.csv: imported (1 added, 0 changed)")
                .contains("typo.csv: rejected, nothing kept").contains("typo.csv, line 2, role:");

        browser.findElement(By.id("reload-list")).click();
        wait(d -> d.findElement(By.id("contacts")).getText().contains(org));
        WebElement row = browser.findElements(By.cssSelector("#contacts tbody tr")).stream()
                .filter(r -> r.getText().contains(org)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("Liaison officer").contains("liaison@ng.example");
        assertThat(browser.findElement(By.id("contacts")).getText()).doesNotContain("Other office");
    }

    @Test
    void anAnalystAddsAndRetractsATreatyEntryOnTheCountrysPage() {
        String base = "http://localhost:" + port;
        browser.manage().deleteAllCookies();
        String password = "pass-" + UUID.randomUUID();
        String name = TestAccounts.withPassword(accounts, Role.ANALYST, password);
        Browser.signIn(browser, base, name, password);
        browser.get(base + "/registries/treaty/PLW");
        assertThat(browser.findElement(By.id("today")).getText()).startsWith("Not a party");

        browser.findElement(By.cssSelector("#treaty-entry select[name=action] option[value=ACCEDED]")).click();
        browser.findElement(By.cssSelector("#treaty-entry input[name=date]")).sendKeys("2019-05-27");
        browser.findElement(By.cssSelector("#treaty-entry input[name=source]")).sendKeys("UN Treaty Collection, checked by the analyst");
        browser.findElement(By.cssSelector("#treaty-entry button")).click();
        wait(d -> d.findElement(By.id("today")).getText().startsWith("Party"));
        assertThat(browser.findElement(By.id("today")).getText()).contains("since 2019-05-27").contains("checked by the analyst");

        List<WebElement> retract = browser.findElements(By.cssSelector("form.retract"));
        WebElement mine = retract.stream().filter(f -> f.findElement(By.xpath("./ancestor::tr")).getText().contains("checked by the analyst"))
                .findFirst().orElseThrow();
        mine.findElement(By.name("reason")).sendKeys("test entry");
        mine.findElement(By.tagName("button")).click();
        wait(d -> d.findElement(By.id("today")).getText().startsWith("Not a party"));
        assertThat(browser.findElement(By.id("entries")).getText()).contains("retracted by " + name + ": test entry");
    }

    private void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        Browser.waitUntil(browser, Duration.ofSeconds(20), () -> "page " + browser.getCurrentUrl() + " never showed it",
                condition);
    }
}
