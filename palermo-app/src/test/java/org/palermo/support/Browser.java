package org.palermo.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver), one per test class.
 * Missing binaries fail the test with a message saying what to install: a browser test never skips.
 */
public final class Browser {

    private Browser() {
    }

    /** Signs in through the login form and waits until the page header shows the account. */
    public static void signIn(WebDriver browser, String base, String name, String password) {
        browser.get(base + "/login");
        browser.findElement(org.openqa.selenium.By.name("username")).sendKeys(name);
        browser.findElement(org.openqa.selenium.By.name("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.cssSelector("form.stacked button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .withMessage(() -> "signing in as " + name + " did not succeed")
                .until(d -> d.findElement(org.openqa.selenium.By.cssSelector(".site-header .who")).getText().contains(name));
    }

    public static WebDriver start() {
        Path chromium = Path.of(System.getProperty("palermo.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("palermo.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
