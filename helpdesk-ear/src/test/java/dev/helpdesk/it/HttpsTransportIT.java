package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A help desk whose public address is HTTPS, on a server of its own: plain HTTP is sent to HTTPS, answers over
 * HTTPS carry HSTS, and the session cookie never travels in clear.
 */
class HttpsTransportIT {

    private static final int PORT_OFFSET = 300;
    private static final String PUBLIC = "https://localhost:" + (8443 + PORT_OFFSET) + "/helpdesk";
    private static final String PLAIN = "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/helpdesk";

    private static StandaloneServer server;

    @BeforeAll
    static void start() {
        Path target = Path.of(System.getProperty("helpdesk.ear")).getParent();
        Map<String, String> environment = new HashMap<>();
        environment.put("HELPDESK_DATA_DIR", StandaloneServer.emptied(target.resolve("https-data")).toString());
        environment.put("HELPDESK_DEMO", "false");
        environment.put("HELPDESK_MAIL_DISPATCH", "false");
        environment.put("HELPDESK_PUBLIC_URL", PUBLIC);
        StandaloneServer.ownDatabase(environment, "helpdesk_https");
        server = new StandaloneServer(target.resolve("https-server"), PORT_OFFSET, environment);
        server.prepare();
        server.start(ApiClient.PROVISIONING_TOKEN);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void plainHttpIsSentToTheSamePageOnHttpsKeepingTheMethodOfWhatIsNotAGet() throws IOException {
        HttpURLConnection page = open(PLAIN + "/login.xhtml?next=%2Fagent%2Ftickets.xhtml", "GET");
        assertEquals(301, page.getResponseCode());
        assertEquals(PUBLIC + "/login.xhtml?next=%2Fagent%2Ftickets.xhtml", page.getHeaderField("Location"));
        assertEquals(null, page.getHeaderField("Strict-Transport-Security"), "HSTS is for answers over HTTPS");

        HttpURLConnection api = open(PLAIN + "/api/v1/tickets", "POST");
        api.setRequestProperty("Authorization", "Bearer " + ApiClient.PROVISIONING_TOKEN);
        api.setDoOutput(true);
        api.getOutputStream().write("{}".getBytes());
        assertEquals(308, api.getResponseCode());
        assertEquals(PUBLIC + "/api/v1/tickets", api.getHeaderField("Location"));
    }

    @Test
    void overHttpsTheAnswerCarriesHstsAndTheSessionCookieIsSecure() throws IOException {
        HttpURLConnection login = open(PUBLIC + "/login.xhtml", "GET");
        assertEquals(200, login.getResponseCode());
        assertEquals("max-age=31536000", login.getHeaderField("Strict-Transport-Security"));
        List<String> cookies = login.getHeaderFields().getOrDefault("Set-Cookie", List.of());
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), cookies::toString);
        for (String cookie : cookies) {
            assertTrue(List.of(cookie.split(";\\s*")).stream().anyMatch(a -> a.equalsIgnoreCase("Secure")), cookie);
        }

        HttpURLConnection restricted = open(PUBLIC + "/agent/tickets.xhtml", "GET");
        assertEquals(302, restricted.getResponseCode());
        assertTrue(restricted.getHeaderField("Location").startsWith(PUBLIC + "/login.xhtml"),
                restricted.getHeaderField("Location"));
        assertFalse(restricted.getHeaderField("Location").startsWith("http:"));
    }

    private static HttpURLConnection open(String address, String method) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(address).toURL().openConnection();
        if (connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(Tls.trustingAnyCertificate().getSocketFactory());
        }
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod(method);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(20_000);
        return connection;
    }
}
