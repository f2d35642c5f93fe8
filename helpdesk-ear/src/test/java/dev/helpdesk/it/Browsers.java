package dev.helpdesk.it;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The headless Chromiums of the test run: one per interface language, started the first time a test asks for one
 * and quit when the whole run is over (test classes that use browsers are extended with this class). Each person
 * of each test gets a browser that keeps nothing of whoever used it before ({@link Browser#forgetEverything()}:
 * no page, no cookie, so a new visitor on a new device to the help desk) and hands it back by closing it. Starting
 * a Chromium for every person took seconds each, longer than much of what they did with it.
 */
final class Browsers implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browsers.class);
    private static volatile Pool pool;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Pool.class, key -> opened(), Pool.class);
    }

    private static synchronized Pool opened() {
        pool = new Pool();
        return pool;
    }

    /** A browser for a new person, Chromium speaking {@code language}; close it when the person is done. */
    static Browser fresh(String baseUrl, String language) {
        Pool current = pool;
        if (current == null) {
            throw new IllegalStateException("Extend the test class with Browsers to use its browsers");
        }
        return current.take(baseUrl, language);
    }

    /** The browsers no one is using, by address and language; JUnit closes it when the run is over. */
    static final class Pool implements ExtensionContext.Store.CloseableResource {

        private final Map<String, Deque<Browser>> idle = new HashMap<>();

        synchronized Browser take(String baseUrl, String language) {
            String key = baseUrl + " " + language;
            Browser browser = idle.computeIfAbsent(key, k -> new ArrayDeque<>()).poll();
            return browser != null ? browser : new Browser(baseUrl, language, handed -> handBack(key, handed));
        }

        private synchronized void handBack(String key, Browser browser) {
            try {
                browser.forgetEverything();
            } catch (RuntimeException e) {
                // one that cannot be emptied (a test left it in a state it cannot leave) goes to nobody else
                browser.quit();
                return;
            }
            idle.computeIfAbsent(key, k -> new ArrayDeque<>()).push(browser);
        }

        @Override
        public synchronized void close() {
            RuntimeException failure = null;
            for (Deque<Browser> browsers : idle.values()) {
                for (Browser browser : browsers) {
                    try {
                        browser.quit();
                    } catch (RuntimeException e) {
                        failure = failure == null ? e : failure;
                    }
                }
            }
            idle.clear();
            pool = null;
            if (failure != null) {
                throw failure;
            }
        }
    }
}
