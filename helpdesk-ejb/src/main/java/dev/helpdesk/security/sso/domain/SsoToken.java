package dev.helpdesk.security.sso.domain;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A single sign-on key as TomTicket's trusted systems make it (D7): a JWT signed with HMAC-SHA256 over the shared
 * secret, with {@code iss}, {@code exp}, {@code name}, {@code email}, and {@code create} for customers. Only HS256 is
 * accepted, the signature is compared in constant time, and a key must say when it expires (its {@code exp}, or
 * {@code iat} plus five minutes) within ten minutes from now: a key works for minutes, never for days.
 */
public record SsoToken(String issuer, String email, String name, boolean create, Instant expiresAt) {

    public static final Duration LEEWAY = Duration.ofSeconds(60);
    public static final Duration LONGEST = Duration.ofMinutes(10);
    private static final Duration WITHOUT_EXP = Duration.ofMinutes(5);

    /** Why a key was refused. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }

    public static SsoToken verify(String jwt, byte[] secret, Instant now) throws Refused {
        String[] parts = jwt == null ? new String[0] : jwt.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new Refused("malformed");
        }
        JsonObject header = json(parts[0]);
        if (!"HS256".equals(header.getString("alg", null))) {
            throw new Refused("algorithm");
        }
        byte[] expected = hmac(secret, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new Refused("signature");
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw new Refused("signature");
        }
        JsonObject claims = json(parts[1]);
        Instant expiresAt = expiry(claims);
        if (expiresAt.plus(LEEWAY).isBefore(now)) {
            throw new Refused("expired");
        }
        if (expiresAt.isAfter(now.plus(LONGEST).plus(LEEWAY))) {
            throw new Refused("lifetime");
        }
        String issuer = claims.getString("iss", null);
        if (issuer == null || issuer.isBlank()) {
            throw new Refused("issuer");
        }
        String email = claims.getString("email", null);
        if (email == null || email.isBlank()) {
            throw new Refused("email");
        }
        return new SsoToken(issuer, email.strip(), claims.getString("name", null),
                claims.containsKey("create") && claims.get("create") == JsonValue.TRUE, expiresAt);
    }

    /** Computes a key's signature part, as the trusted system does. */
    public static String sign(String headerAndPayload, byte[] secret) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(secret, headerAndPayload.getBytes(StandardCharsets.US_ASCII)));
    }

    private static Instant expiry(JsonObject claims) throws Refused {
        if (claims.get("exp") instanceof JsonNumber exp) {
            return Instant.ofEpochSecond(exp.longValue());
        }
        if (claims.get("iat") instanceof JsonNumber iat) {
            return Instant.ofEpochSecond(iat.longValue()).plus(WITHOUT_EXP);
        }
        throw new Refused("expiry");
    }

    private static JsonObject json(String base64) throws Refused {
        try (JsonReader reader = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(base64),
                StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new Refused("malformed");
        }
    }

    private static byte[] hmac(byte[] secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
