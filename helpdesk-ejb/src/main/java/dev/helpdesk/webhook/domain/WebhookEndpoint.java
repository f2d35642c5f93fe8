package dev.helpdesk.webhook.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.infrastructure.SealedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

/**
 * A receiver of webhooks: an http or https address (http for receivers inside the company's network) and the secret
 * both signatures are keyed by.
 */
@Entity
public class WebhookEndpoint {

    public static final int MAX_URL_LENGTH = 500;
    public static final int MIN_SECRET_LENGTH = 16;
    public static final int MAX_SECRET_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String url;

    @Convert(converter = SealedText.class)
    private String secret;

    private boolean active;

    private Instant createdAt;

    @Version
    private long version;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(String url, String secret, boolean active, Instant now) {
        change(url, secret, active);
        this.createdAt = now;
    }

    /** A null secret keeps the current one. */
    public void change(String newUrl, String newSecret, boolean isActive) {
        this.url = address(newUrl);
        if (newSecret != null || this.secret == null) {
            String given = Inputs.requiredText("secret", newSecret, MAX_SECRET_LENGTH);
            if (given.length() < MIN_SECRET_LENGTH) {
                throw new InvalidInputException("secret", "validation.webhook.secret");
            }
            this.secret = given;
        }
        this.active = isActive;
    }

    private static String address(String value) {
        String text = Inputs.requiredText("url", value, MAX_URL_LENGTH);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new InvalidInputException("url", "validation.url");
            }
            return text;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "validation.url");
        }
    }

    public String host() {
        return URI.create(url).getHost();
    }

    /** The port the URL names, else its scheme's. */
    public int port() {
        URI uri = URI.create(url);
        return uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
