package dev.helpdesk.security.twofactor.domain;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): what authenticator apps show. The help desk uses
 * HMAC-SHA1, six digits and 30-second steps, the settings every app reads from an {@code otpauth://} address.
 */
public final class Totp {

    public static final Totp AUTHENTICATOR_APPS = new Totp("HmacSHA1", 6, 30);
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final String algorithm;
    private final int digits;
    private final long stepSeconds;

    public Totp(String algorithm, int digits, long stepSeconds) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("6 to 8 digits");
        }
        this.algorithm = algorithm;
        this.digits = digits;
        this.stepSeconds = stepSeconds;
    }

    public long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), stepSeconds);
    }

    public String codeAt(byte[] key, Instant instant) {
        return code(key, stepAt(instant));
    }

    public String code(byte[] key, long step) {
        byte[] hash = hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step whose code this is, looking one step either side of now (the clocks of phone and server differ a
     * little); empty when it matches none. Compared in constant time.
     */
    public OptionalLong matchingStep(byte[] key, String candidate, Instant now) {
        if (candidate == null) {
            return OptionalLong.empty();
        }
        byte[] given = candidate.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long current = stepAt(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(given, code(key, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
