package dev.helpdesk.it;

import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * What Chromium blocked under the pages' Content-Security-Policy: an inline script without the nonce, an inline
 * event handler, a {@code javascript:} link, an image or style from where the policy does not allow.
 *
 * <p>Read from Chromium's own console log, which chromedriver collects from the moment the tab exists and keeps
 * across page loads until it is read. A {@code securitypolicyviolation} listener put into the page by the test
 * would come only after the page has loaded, so it would miss what was blocked while the page was parsed (scripts
 * in the head, handlers in the markup) and would be lost with the page at every full page load; the Reporting API
 * would need an endpoint in the application only for the tests. Chromium logs each violation as an error whose
 * text names the "Content Security Policy" directive.
 */
final class PolicyViolations {

    private PolicyViolations() {
    }

    /** Makes the browser keep its console errors for {@link #read}. */
    static void recordIn(ChromeOptions options) {
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    }

    /** The violations reported since the last read (reading empties the log), each as Chromium worded it. */
    static List<String> read(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }
}
