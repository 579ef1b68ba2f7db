package se.ingang.itsupport.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian chromium, driven from the test JVM against the test server. Each
 * instance is its own browser profile (its own cookies, so its own session and user).
 * Waits are explicit conditions, never sleeps.
 */
public final class Browser implements AutoCloseable {

    /** WCAG 2.1 level A and AA, as axe-core tags them. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    private Browser(String base) {
        this(base, "sv");
    }

    private Browser(String base, String language) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("ingang-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1024", "--lang=" + language, "--user-data-dir=" + profile);
        // --lang alone does not reach the Accept-Language header in every headless mode; the preference does.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A browser against the server of this test run (failsafe passes its address). */
    public static Browser open() {
        return new Browser(baseUrl());
    }

    /** A browser whose Accept-Language is this language (the default one says Swedish). */
    public static Browser openIn(String language) {
        return new Browser(baseUrl(), language);
    }

    public static String baseUrl() {
        return System.getProperty("ingang.base-url", "http://127.0.0.1:8180");
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
    }

    public WebElement byId(String id) {
        return find(By.id(id));
    }

    public String text(String id) {
        return byId(id).getText();
    }

    public void type(String id, String text) {
        var field = waitUntil(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    public void select(String id, String value) {
        new Select(byId(id)).selectByValue(value);
    }

    public void click(String id) {
        click(By.id(id));
    }

    /**
     * Clicks the element once it is clickable. A partial update may replace it between being found
     * and being clicked; Chrome then refuses the click ("does not belong to the document") and the
     * element is found again, so the click lands on the element the page shows now.
     */
    public void click(By by) {
        waitUntil(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return null;
            }
            try {
                element.click();
                return Boolean.TRUE;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e instanceof org.openqa.selenium.StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Clicks a PrimeFaces Ajax button and waits until its update has arrived. */
    public void clickAndWait(String id) {
        click(id);
        waitForAjax();
    }

    public void waitForAjax() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    public void waitForText(By by, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Polls the condition for up to 30 s. An element that a partial update replaces between being
     * found and being read (stale) is read again on the next poll, as one not found yet is.
     */
    public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    public boolean alertPresent() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    public Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** The HTTP status of a GET in this browser's session (its cookies), without following redirects. */
    public int statusOf(String path) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).header("Cookie", cookies).GET();
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes the page's viewport this size, as a phone or a narrow window would be (Chrome's window
     * cannot be made narrower than about 500 px, so the viewport is emulated with DevTools).
     */
    public void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Saves what the viewport shows as a PNG (ear/target/screenshots/NAME.png) and answers its path. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    /** The page's WCAG 2.1 AA violations, one line each (empty when it passes). */
    public List<String> accessibilityViolations() {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
