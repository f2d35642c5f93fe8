package dev.helpdesk.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures a webhook carries, both keyed by the endpoint's secret: TomTicket's {@code X-Hub-Signature}
 * ({@code sha1=} Base64 of HMAC-SHA1 over the Base64 of the body), so that existing receivers keep working, and a
 * stronger one over the timestamp and the body ({@code sha256=} hex of HMAC-SHA256 over {@code timestamp.body}), so
 * that a receiver can also refuse old, replayed requests.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String hub(String secret, byte[] body) {
        byte[] base64Body = Base64.getEncoder().encode(body);
        return "sha1=" + Base64.getEncoder().encodeToString(hmac("HmacSHA1", secret, base64Body));
    }

    public static String timestamped(String secret, long epochSeconds, byte[] body) {
        byte[] prefix = (epochSeconds + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", secret, signed));
    }

    private static byte[] hmac(String algorithm, String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
