package dev.helpdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SecurityHeadersFilterTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'";

    @Test
    void aFacesPageCarriesOnePolicyTheOneWithItsNonce() throws Exception {
        Map<String, List<String>> headers = new HashMap<>();
        // what PrimeFaces does while rendering a page: ExternalContext.addResponseHeader
        filtered(Map.of("primefaces.CSP", "true", "primefaces.CSP_POLICY", POLICY), headers,
                (request, response) -> ((HttpServletResponse) response)
                        .addHeader("Content-Security-Policy", POLICY + " 'nonce-abc';"));

        assertEquals(List.of(POLICY + " 'nonce-abc';"), headers.get("Content-Security-Policy"));
    }

    @Test
    void otherAnswersCarryThePolicyAsWritten() throws Exception {
        Map<String, List<String>> headers = new HashMap<>();
        filtered(Map.of("primefaces.CSP", "true", "primefaces.CSP_POLICY", POLICY), headers, (request, response) -> {
        });

        assertEquals(List.of(POLICY), headers.get("Content-Security-Policy"));
        assertEquals(List.of("nosniff"), headers.get("X-Content-Type-Options"));
    }

    @Test
    void aPolicyPrimeFacesCannotAddItsNonceToIsRefused() {
        for (Map<String, String> parameters : List.of(
                Map.of("primefaces.CSP_POLICY", POLICY),
                Map.of("primefaces.CSP", "true"),
                Map.of("primefaces.CSP", "true", "primefaces.CSP_POLICY", "script-src 'self'; img-src 'self'"),
                Map.of("primefaces.CSP", "true", "primefaces.CSP_POLICY", "default-src 'self'; script-src 'self';"),
                Map.of("primefaces.CSP", "true", "primefaces.CSP_POLICY", "default-src 'self';\nscript-src 'self'"))) {
            assertThrows(ServletException.class, () -> new SecurityHeadersFilter().init(config(parameters)),
                    parameters::toString);
        }
    }

    @Test
    void theApplicationsPolicyIsAcceptedAndLimitsWhatItShould() throws Exception {
        Map<String, String> parameters = webXmlContextParameters();
        String policy = ContentSecurityPolicy.of(context(parameters));

        for (String directive : List.of("default-src 'self'", "script-src 'self'", "object-src 'none'",
                "base-uri 'self'", "frame-ancestors 'self'", "form-action 'self'", "img-src 'self' data:",
                "style-src 'self' 'unsafe-inline'")) {
            assertTrue(List.of(policy.split("\\s*;\\s*")).contains(directive), () -> directive + " in " + policy);
        }
    }

    private static void filtered(Map<String, String> parameters, Map<String, List<String>> headers, FilterChain chain)
            throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.init(config(parameters));
        HttpServletRequest request = fake(HttpServletRequest.class, (method, args) -> switch (method) {
            case "isSecure" -> false;
            case "getScheme" -> "http";
            case "getServerName" -> "127.0.0.1";
            case "getServerPort" -> 8080;
            case "getContextPath" -> "/helpdesk";
            case "getRequestURI" -> "/helpdesk/login.xhtml";
            case "getDispatcherType" -> jakarta.servlet.DispatcherType.REQUEST;
            default -> null;
        });
        filter.doFilter(request, response(headers), chain);
    }

    private static Map<String, String> webXmlContextParameters() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        Map<String, String> parameters = new HashMap<>();
        NodeList params = document.getElementsByTagName("context-param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            parameters.put(param.getElementsByTagName("param-name").item(0).getTextContent().strip(),
                    param.getElementsByTagName("param-value").item(0).getTextContent().strip());
        }
        return parameters;
    }

    private static FilterConfig config(Map<String, String> parameters) {
        ServletContext context = context(parameters);
        return fake(FilterConfig.class, (method, args) -> method.equals("getServletContext") ? context : null);
    }

    private static ServletContext context(Map<String, String> parameters) {
        return fake(ServletContext.class,
                (method, args) -> method.equals("getInitParameter") ? parameters.get((String) args[0]) : null);
    }

    /** A response that keeps its headers as a container does: set replaces, add appends. */
    private static HttpServletResponse response(Map<String, List<String>> headers) {
        return fake(HttpServletResponse.class, (method, args) -> {
            switch (method) {
                case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                case "addHeader" -> headers.computeIfAbsent((String) args[0], k -> new ArrayList<>())
                        .add((String) args[1]);
                default -> {
                }
            }
            return null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
