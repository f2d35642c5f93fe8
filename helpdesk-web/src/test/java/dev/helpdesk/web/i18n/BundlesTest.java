package dev.helpdesk.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every label exists in Portuguese, English and Spanish. */
class BundlesTest {

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<String> portuguese = keys("messages.properties");
        assertTrue(portuguese.size() > 50);
        assertEquals(portuguese, keys("messages_en.properties"));
        assertEquals(portuguese, keys("messages_es.properties"));
        assertTrue(keys("messages_pt.properties").isEmpty(), "pt falls through to the Portuguese base bundle");
    }

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = BundlesTest.class.getResourceAsStream(file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
