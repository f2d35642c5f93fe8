package dev.helpdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven like a person: it types, picks from menus, clicks and reads the page. Tests take one from
 * {@link Browsers}, which starts a Chromium once per language for the whole run and hands it to each person without
 * anything of the person before; closing it hands it back.
 */
final class Browser implements AutoCloseable {

    /**
     * How often a wait looks again. Selenium's default, half a second, was lost after most clicks: the answer to a
     * PrimeFaces request is usually there a few tens of milliseconds later.
     */
    private static final Duration POLL = Duration.ofMillis(100);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path profile;
    /** Where {@link #close()} hands it back to: its {@link Browsers}. */
    private final Consumer<Browser> handBack;

    Browser(String baseUrl, String language, Consumer<Browser> handBack) {
        this.baseUrl = baseUrl;
        this.handBack = handBack;
        try {
            profile = Files.createTempDirectory("helpdesk-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1000", "--lang=" + language,
                "--user-data-dir=" + profile);
        PolicyViolations.recordIn(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.pollingEvery(POLL);
        // While a page is being replaced Chromium may answer for an old element with an error instead of a
        // stale-element report: keep polling; a real failure still surfaces as the timeout's cause.
        wait.ignoring(WebDriverException.class);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Opens a page elsewhere than the help desk (another site's page that frames it, say). */
    void openUrl(String url) {
        driver.get(url);
    }

    /** Goes into the frame {@code frame} of the page once it is there: what follows acts on its document. */
    void enterFrame(By frame) {
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(frame));
    }

    /** Back from a frame to the page itself. */
    void leaveFrame() {
        driver.switchTo().defaultContent();
    }

    /** Whether the document (or the frame entered) has such an element now; no waiting. */
    boolean isPresent(By target) {
        return !driver.findElements(target).isEmpty();
    }

    /**
     * What Chromium blocked under a Content-Security-Policy since the last look, read and forgotten: for a test
     * that expects a block (a frame the policy refuses), so that closing the browser does not count it as a fault.
     */
    List<String> takePolicyViolations() {
        return PolicyViolations.read(driver);
    }

    /** Waits (up to 20 s) for Chromium to report a violation of the page's policy that mentions {@code directive}. */
    boolean awaitPolicyViolation(String directive) {
        try {
            return wait.until(d -> takePolicyViolations().stream().anyMatch(v -> v.contains(directive)));
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Opens a page of a panel; the login page comes first, then the page itself. */
    void signIn(String path, String email, String password) {
        open(path);
        type(By.id("loginForm:email"), email);
        type(By.id("loginForm:password"), password);
        submit(By.id("loginForm:signIn"));
    }

    void signOut() {
        submit(By.id("sessionForm:logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:email")));
    }

    void type(By field, String text) {
        // after the page's requests settle; a field a late answer replaces while it is typed into is typed again
        waitForAjax();
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(field).apply(d);
            if (element == null) {
                return false;
            }
            element.clear();
            element.sendKeys(text);
            return true;
        });
    }

    /** Types into a rich-text editor (PrimeFaces' p:textEditor), after what it holds, as a person does. */
    void write(String editorId, CharSequence... keys) {
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + editorId + "'] .ql-editor")));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        editor.sendKeys(keys);
    }

    /** The text a rich-text editor shows, its paragraphs on lines of their own. */
    String editorText(String editorId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='" + editorId + "'] .ql-editor"))).getText().strip();
    }

    /** Presses keys where the focus is, as a person does on the page (nothing focused: the page itself). */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Leaves the field being typed in, as a click on an empty part of the page does. */
    void leaveField() {
        script("if (document.activeElement) { document.activeElement.blur(); }");
    }

    /** Ends the browser's panel session, as a session that expired on the server does, keeping everything else. */
    void loseSession() {
        driver.manage().deleteCookieNamed("JSESSIONID");
    }

    /** Clicks a button that asks first, and answers yes in the page's dialog, which loads a new page. */
    void submitConfirmed(By button, String formId) {
        click(button);
        submit(By.id(formId + ":confirmYes"));
    }

    /** Replaces what a formatted input (a number field) holds, as a person does: select all, type over it. */
    void retype(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.click();
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        element.sendKeys(text);
    }

    /** Types part of a name into an autocomplete and picks the suggestion labelled so (in its first column). */
    void pickSuggestion(String autoCompleteId, String typed, String label) {
        type(By.id(autoCompleteId + "_input"), typed);
        click(By.xpath("//*[@id='" + autoCompleteId + "_panel']//*[contains(@class, 'ui-autocomplete-item')"
                + " and (normalize-space(td[1]) = '" + label + "' or normalize-space(.) = '" + label + "')]"));
        waitForAjax();
    }

    void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
    void submit(By target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        click(target);
        wait.until(d -> isGone(oldPage));
    }

    /** Does something that loads a new page (a key press, say), and waits until the new page has replaced the old. */
    void submit(Runnable action) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        wait.until(d -> isGone(oldPage));
    }

    /** Waits until a script in the page answers true, then tells whether it did. */
    boolean waitFor(String booleanScript) {
        return wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(booleanScript)));
    }

    /** Chromium reports an element of a replaced page either as stale or as not belonging to the document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, as a person does: opens the menu, scrolls the
     * list to the option and clicks it. Tries again if the click landed while the panel was still opening.
     */
    void choose(String menuId, String label) {
        By options = By.cssSelector("select[id='" + menuId + "_input'] option");
        wait.until(d -> d.findElements(options).stream().anyMatch(o -> label.equals(o.getAttribute("textContent"))));
        By menuLabel = By.id(menuId + "_label");
        By panel = By.id(menuId + "_panel");
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (!driver.findElement(panel).isDisplayed()) {
                wait.ignoring(StaleElementReferenceException.class).until(d -> {
                    d.findElement(menuLabel).click();
                    return true;
                });
            }
            awaitOpened(panel);
            WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(option));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                shortWait().until(ExpectedConditions.textToBe(menuLabel, label));
            } catch (TimeoutException e) {
                // the click landed while the panel was still moving: open it and pick again
                continue;
            }
            // the panel fades out over what lies below it: the next click must not land on it
            wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
            waitForAjax();
            return;
        }
        throw new IllegalStateException("Could not choose '" + label + "' in " + menuId);
    }

    /**
     * Picks an option of a menu that acts at once and resets itself (e.g. inserting a canned response). Clicks
     * again if the first click landed while the panel was still opening and left it open.
     */
    void pickAction(String menuId, String label) {
        By panel = By.id(menuId + "_panel");
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        click(By.id(menuId + "_label"));
        for (int attempt = 1; attempt <= 3; attempt++) {
            awaitOpened(panel);
            WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(option));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                shortWait().until(ExpectedConditions.invisibilityOfElementLocated(panel));
                waitForAjax();
                return;
            } catch (TimeoutException e) {
                // still open: the click came too early
            }
        }
        throw new IllegalStateException("Could not pick '" + label + "' in " + menuId);
    }

    /**
     * Waits until a PrimeFaces select menu's panel has opened completely. Its items take a click only then: the
     * click handler puts back the value the menu had when it opened, which the menu records at the end of the
     * opening transition (class {@code ui-connected-overlay-enter} until then); a click during the transition is
     * lost. With half-second polls the first look at the panel came too late to notice; with short ones it does not.
     */
    private void awaitOpened(By panel) {
        wait.until(d -> {
            WebElement element = d.findElement(panel);
            return element.isDisplayed() && !Arrays.asList(String.valueOf(element.getDomAttribute("class"))
                    .split("\\s+")).contains("ui-connected-overlay-enter");
        });
    }

    private WebDriverWait shortWait() {
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(3));
        shortWait.pollingEvery(POLL);
        return shortWait;
    }

    /**
     * Sets a PrimeFaces check box or radio item (the hidden input {@code inputId}) to the given state by clicking
     * the box drawn for it, as a person does; nothing happens if it is already so.
     */
    void tick(String inputId, boolean on) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(inputId)));
        if (input.isSelected() != on) {
            WebElement box = input.findElement(By.xpath("./ancestor::div[contains(@class, 'ui-chkbox') or "
                    + "contains(@class, 'ui-radiobutton')][1]//div[contains(@class, '-box')]"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
            box.click();
            wait.until(d -> d.findElement(By.id(inputId)).isSelected() == on);
        }
    }

    /** The id of the item of a PrimeFaces check box list or radio group whose label is the given text. */
    String itemWithLabel(String groupId, String label) {
        return wait.until(d -> d.findElements(By.cssSelector("[id='" + groupId + "'] label")).stream()
                .filter(l -> label.equals(l.getText().strip())).findFirst()
                .map(l -> l.getAttribute("for")).orElse(null));
    }

    /** The header texts of a table's columns, in order; a column without a title (row selection) is left out. */
    java.util.List<String> columnHeaders(String tableId) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "'] thead th")).stream()
                .map(th -> th.getText().strip()).filter(text -> !text.isEmpty()).toList();
    }

    /**
     * Fails unless the open page, in a 1366×768 window (the smallest common laptop screen), is no wider than the
     * window and holds no part that scrolls sideways of its own (a table or a tab bar too wide for its place).
     * The window goes back to its size afterwards.
     */
    void assertFitsSmallScreen() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1366, 768));
        try {
            @SuppressWarnings("unchecked")
            List<Number> widths = (List<Number>) script(
                    "return [document.documentElement.scrollWidth, window.innerWidth];");
            if (widths.get(0).longValue() > widths.get(1).longValue()) {
                screenshot("too-wide-" + System.nanoTime());
                throw new AssertionError(driver.getCurrentUrl() + " scrolls sideways at 1366×768: the page is "
                        + widths.get(0) + " px wide in a " + widths.get(1) + " px window");
            }
            Object inner = script("return [...document.querySelectorAll('*')].filter(e => {"
                    + " const overflow = getComputedStyle(e).overflowX;"
                    + " return (overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth + 1;"
                    + " }).map(e => e.id || e.className).join(', ');");
            if (!String.valueOf(inner).isEmpty()) {
                screenshot("scrolls-inside-" + System.nanoTime());
                throw new AssertionError(driver.getCurrentUrl() + " has parts that scroll sideways at 1366×768: "
                        + inner);
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Runs a script in the page and answers its result. */
    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** The value of one of the browser's cookies for the help desk, or null. */
    String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Waits until PrimeFaces has no request in flight. */
    void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    void attach(String inputId, Path file) {
        driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
    }

    /** The visible text of an element, read again when a late answer replaces the element while it is read. */
    String text(By target) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(target);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /** Waits until a field holds the text (line ends as in the text), then tells whether it does. */
    boolean waitForValue(By field, String expected) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> expected.equals(
                d.findElement(field).getDomProperty("value").replace("\r\n", "\n").strip()));
    }

    boolean waitForText(By target, String text) {
        return wait.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
    }

    /** Waits until an element's attribute has the value (an element present but hidden counts). */
    boolean waitForAttribute(By target, String attribute, String value) {
        return wait.until(ExpectedConditions.attributeToBe(target, attribute, value));
    }

    /** Waits at most {@code within} for the element to show the text; false if it did not in time. */
    boolean waitForText(By target, String text, Duration within) {
        WebDriverWait limited = new WebDriverWait(driver, within);
        limited.pollingEvery(POLL);
        limited.ignoring(WebDriverException.class);
        try {
            return limited.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** The ids of the elements the CSS selector finds, in page order. */
    List<String> ids(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().map(e -> e.getDomAttribute("id")).toList();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Leaves nothing of the person who used it: leaves the page (so its polls stop) and drops every cookie of the
     * browser, the session and the device cookie among them, so the next person is a new visitor on a new device
     * to the help desk. The panels keep nothing in web storage.
     */
    void forgetEverything() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        java.net.URI base = java.net.URI.create(baseUrl);
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base.getScheme() + "://"
                + base.getHost() + ":" + base.getPort(), "storageTypes", "local_storage"));
    }

    /**
     * The person is done: the browser goes back to its {@link Browsers} for the next one. Fails the test if a page
     * the person saw broke the Content-Security-Policy: every browser test checks the policy on the pages it uses.
     */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = PolicyViolations.read(driver);
        } finally {
            handBack.accept(this);
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("A page broke its Content-Security-Policy; Chromium blocked:\n"
                    + String.join("\n", violations));
        }
    }

    void quit() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
