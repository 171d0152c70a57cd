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
