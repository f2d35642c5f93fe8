package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What goes wrong gets the help desk's own pages: no stack trace or server version, no 500 for a form sent from a
 * page the server no longer holds or with another page's script nonce, and the server's root leads to the panels.
 */
@ExtendWith(HelpdeskServer.class)
class ErrorPagesIT {

    private static final String BASE = TicketApiIT.BASE_URL;
    private static final Pattern HIDDEN = Pattern.compile(
            "<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void theServersRootLeadsToTheLoginPage() throws Exception {
        HttpResponse<String> root = get("http://127.0.0.1:8080/");
        assertEquals(302, root.statusCode());
        assertEquals("/helpdesk/", root.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> app = get(BASE + "/");
        assertEquals(302, app.statusCode());
        assertEquals(BASE + "/login.xhtml", app.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aMissingPageGetsTheHelpDesksPageWithoutServerDetails() throws Exception {
        HttpResponse<String> missing = get(BASE + "/nothing-here.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("id=\"errorTitle\""), missing.body());
        assertNoServerDetails(missing.body());
    }

    @Test
    void aFormFromAPageTheServerNoLongerHoldsGetsThePageExpiredPage() throws Exception {
        Map<String, String> form = loginForm();
        form.put("jakarta.faces.ViewState", "-4411123:-987654321");
        HttpResponse<String> sent = post(BASE + "/login.xhtml", form);
        assertEquals(302, sent.statusCode(), sent.body());
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertEquals(BASE + "/expired.xhtml?page=%2Flogin.xhtml", location);

        HttpResponse<String> expired = get(location);
        assertEquals(200, expired.statusCode());
        assertTrue(expired.body().contains("href=\"/helpdesk/login.xhtml\""), expired.body());
        assertNoServerDetails(expired.body());

        HttpResponse<String> elsewhere = get(BASE + "/expired.xhtml?page=" + URLEncoder.encode("//attacker.example/x",
                StandardCharsets.UTF_8));
        assertTrue(elsewhere.body().contains("href=\"/helpdesk/\""), "a page elsewhere is not offered: "
                + elsewhere.body());
    }

    @Test
    void anAjaxPostWithAnotherPagesScriptNonceIsSentToThePageExpiredPage() throws Exception {
        Map<String, String> form = loginForm();
        form.remove("loginForm:signIn");
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "loginForm:email");
        form.put("jakarta.faces.partial.execute", "loginForm:email");
        form.put("primefaces.nonce", "Zm9yZ2VkLW5vbmNlLXZhbHVl");
        HttpResponse<String> sent = post(BASE + "/login.xhtml", form, "Faces-Request", "partial/ajax");
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("<redirect url=\"" + BASE + "/expired.xhtml?page=%2Flogin.xhtml\""),
                sent.body());
        assertNoServerDetails(sent.body());
    }

    private Map<String, String> loginForm() throws Exception {
        String page = get(BASE + "/login.xhtml").body();
        String form = page.substring(page.indexOf("<form id=\"loginForm\""), page.indexOf("</form>",
                page.indexOf("<form id=\"loginForm\"")));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        fields.put("loginForm:email", "nobody@it.test");
        fields.put("loginForm:password", "wrong");
        fields.put("loginForm:signIn", "");
        return fields;
    }

    private static void assertNoServerDetails(String body) {
        for (String detail : new String[] {"WildFly", "Undertow", "Exception", "\tat ", "java.lang"}) {
            assertFalse(body.contains(detail), detail + " in " + body);
        }
    }

    private HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String address, Map<String, String> form, String... headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
