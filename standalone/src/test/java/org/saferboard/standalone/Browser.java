package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (given explicitly, so Selenium
 * Manager never downloads one), on the pages of an app under test. Every page it is taken to is saved as a
 * screenshot under target/screenshots/ and checked with axe-core for WCAG 2.2 A and AA: a serious or critical
 * violation fails the test.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("saferboard.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("saferboard.chromedriver", "/usr/bin/chromedriver"));
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final String base;
    private final boolean javaScript;
    private final Path screenshots;
    private int shots;

    /**
     * Skips the calling test when this machine has no Chromium (saying how to install it), except in CI, where
     * the browser tests must run: there a missing browser fails.
     */
    static Browser open(int port, String testName, boolean javaScript) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "The browser tests need Debian's Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): sudo apt-get install chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=en-GB");
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, javaScript,
                Path.of("target", "screenshots", testName + (javaScript ? "" : "-without-javascript")));
    }

    private Browser(ChromeDriver driver, String base, boolean javaScript, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.javaScript = javaScript;
        this.screenshots = screenshots;
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean javaScript() {
        return javaScript;
    }

    /** Opens a page and checks it. */
    Browser visit(String path) {
        driver.get(base + path);
        return arrived();
    }

    /**
     * The page the browser is on now (after a click or a form): saved as a screenshot, checked with axe-core, and
     * checked to reflow into a window 320 CSS pixels wide without scrolling sideways (WCAG 1.4.10).
     */
    Browser arrived() {
        screenshot();
        checkAccessibility();
        if (javaScript && !fitsWidth(320)) {
            fail(path() + " does not reflow at 320 px: wider than the window are " + widerThan(320));
        }
        return this;
    }

    void signIn(String username, String password) {
        visit("/sign-in");
        type("username", username);
        type("password", password);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        arrived();
    }

    void signOut() {
        driver.findElement(By.cssSelector(".saferboard-header__sign-out")).click();
        arrived();
    }

    Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser typeDate(String field, int day, int month, int year) {
        return type(field + "-day", Integer.toString(day)).type(field + "-month", Integer.toString(month))
                .type(field + "-year", Integer.toString(year));
    }

    Browser select(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** Ticks a checkbox (or chooses a radio) found by a CSS selector, without submitting anything. */
    Browser check(String css) {
        driver.findElement(By.cssSelector(css)).click();
        return this;
    }

    Browser choose(String id) {
        driver.findElement(By.id(id)).click();
        return this;
    }

    /** Presses the main form's button and checks the page it leads to. */
    Browser submit() {
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        return arrived();
    }

    /** Presses the button of one of the page's forms (a page may have several) and checks the page it leads to. */
    Browser submit(String formCss) {
        driver.findElement(By.cssSelector(formCss + " button")).click();
        return arrived();
    }

    Browser clickLink(String text) {
        driver.findElement(By.linkText(text)).click();
        return arrived();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    List<String> errorSummary() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream().map(WebElement::getText).toList();
    }

    /** Where each link of the error summary goes: the id of the field it is about. */
    List<String> errorSummaryTargets() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
    }

    List<String> column(String tableCss, int column) {
        return driver.findElements(By.cssSelector(tableCss + " tbody tr td:nth-child(" + column + ")")).stream()
                .map(WebElement::getText).toList();
    }

    String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Fetches a link the page offers (a download) with the browser's own session, as the browser would. */
    HttpResponse<String> download(String path) {
        return download(path, HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> download(String path, HttpResponse.BodyHandler<T> body) {
        String cookies = driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies).build(),
                    body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Cookie sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }

    /** Whether the page fits a window this wide without scrolling sideways (WCAG's reflow at 320 CSS pixels); needs JavaScript. */
    boolean fitsWidth(int width) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, 900));
        try {
            Object viewport = ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
            assertThat(((Number) viewport).intValue()).as("the window really is this narrow").isLessThanOrEqualTo(width);
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            return ((Number) overflow).intValue() <= 0;
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The elements wider than the window at this width, as tag.class, for a failure message. */
    private Object widerThan(int width) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, 900));
        try {
            return ((JavascriptExecutor) driver).executeScript(
                    "var limit = document.documentElement.clientWidth, wide = [];"
                            + "document.querySelectorAll('body *').forEach(function (element) {"
                            + "  if (element.getBoundingClientRect().right > limit + 1) {"
                            + "    wide.push(element.tagName.toLowerCase() + '.' + String(element.className).split(' ').join('.'));"
                            + "  }"
                            + "});"
                            + "return wide.slice(0, 8).join(', ');");
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private void screenshot() {
        String name = String.format("%02d%s.png", ++shots, path().replaceAll("[^A-Za-z0-9]+", "-"));
        try {
            Files.write(screenshots.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkAccessibility() {
        if (!javaScript) {
            // axe-core is a script: a browser with JavaScript off cannot run it (the same pages are checked with it on)
            return;
        }
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<String> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(Browser::describe).toList();
        assertThat(failing).as("serious or critical accessibility violations on " + path()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
