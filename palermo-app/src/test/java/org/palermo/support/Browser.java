package org.palermo.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
        waitUntil(browser, Duration.ofSeconds(15), () -> "signing in as " + name + " did not succeed",
                d -> d.findElement(org.openqa.selenium.By.cssSelector(".site-header .who")).getText().contains(name));
    }

    /**
     * Waits until {@code condition} gives a value other than null or false, reading again whenever the page it
     * reads is replaced under the read: a click that loads a new page can swap the document between finding an
     * element and reading it. Chromium then says "stale element", "no such element", or — when the swap falls
     * inside the read itself — an "unknown error" whose message says the node "does not belong to the document".
     * Any other failure of the browser ends the wait at once.
     */
    public static <T> T waitUntil(WebDriver browser, Duration timeout, Supplier<String> whatFailed,
            Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, timeout).withMessage(whatFailed).until(d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                if (pageReplacedDuringRead(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    static boolean pageReplacedDuringRead(WebDriverException e) {
        return e instanceof StaleElementReferenceException || e instanceof NoSuchElementException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
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
