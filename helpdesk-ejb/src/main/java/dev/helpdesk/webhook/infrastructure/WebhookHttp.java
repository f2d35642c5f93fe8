package dev.helpdesk.webhook.infrastructure;

import dev.helpdesk.shared.domain.DestinationPolicy;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.infrastructure.Destinations;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts webhooks where the {@link Destinations} allow: the receiver's host is resolved once, checked, and connected
 * to at the checked addresses; redirects are not followed. Of the answer only the status and a short excerpt are
 * kept, with control characters removed: the delivery log must not become a way to read the services a request
 * can reach.
 */
public final class WebhookHttp implements AutoCloseable {

    /** The receiver's status, null when it could not be reached, and a short excerpt of its answer or the reason. */
    public record Answer(Integer status, String excerpt) {
    }

    static final int EXCERPT_LENGTH = 200;
    private static final Timeout TIMEOUT = Timeout.ofSeconds(10);
    // Receivers close kept-alive connections when they like; a closed one reused would fail a delivery for nothing.
    private static final TimeValue IDLE_CHECK = TimeValue.ofSeconds(1);

    private final Destinations destinations;
    private final CloseableHttpClient http;

    public WebhookHttp(Destinations destinations) {
        this.destinations = destinations;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckingResolver(destinations))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(TIMEOUT)
                                .setSocketTimeout(TIMEOUT).setValidateAfterInactivity(IDLE_CHECK).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(TIMEOUT).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("helpdesk-webhooks")
                .build();
    }

    public Answer post(String url, byte[] body, Map<String, String> headers) {
        try {
            URI uri = URI.create(url);
            destinations.resolve("url", uri.getHost(), port(uri));
            HttpPost post = new HttpPost(uri);
            headers.forEach(post::setHeader);
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
            return http.execute(post, response -> new Answer(response.getCode(), excerpt(response.getEntity())));
        } catch (InvalidInputException e) {
            return new Answer(null, refusal(e));
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(null, sanitized(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static String refusal(InvalidInputException e) {
        return e.messageKey().equals(DestinationPolicy.OWN_PORT) ? "refused: a port of the help desk's own server"
                : "refused: an internal address (HELPDESK_INTERNAL_HOSTS can allow a named host)";
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String excerpt(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        try (InputStream in = entity.getContent()) {
            byte[] start = in.readNBytes(EXCERPT_LENGTH * 4);
            return sanitized(new String(start, StandardCharsets.UTF_8));
        }
    }

    /** At most {@link #EXCERPT_LENGTH} characters, control characters and runs of white space made one space. */
    static String sanitized(String text) {
        String plain = text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s\\uFFFD]+", " ").strip();
        return Inputs.shortened(plain, EXCERPT_LENGTH);
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** The resolution the connection uses: the same check as before the request, on the addresses it connects to. */
    private record CheckingResolver(Destinations destinations) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return checked(host, 0);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(checked(host, port)).map(address -> new InetSocketAddress(address, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return host;
        }

        private InetAddress[] checked(String host, int port) throws UnknownHostException {
            try {
                return destinations.resolve("url", host, port);
            } catch (InvalidInputException e) {
                throw new UnknownHostException(host + " " + refusal(e));
            }
        }
    }
}
