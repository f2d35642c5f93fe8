package dev.helpdesk.security.twofactor.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    /** The test vectors of RFC 6238, appendix B. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfcVectors(long seconds, String sha1, String sha256, String sha512) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertEquals(sha1, new Totp("HmacSHA1", 8, 30).codeAt(SHA1_SEED, at));
        assertEquals(sha256, new Totp("HmacSHA256", 8, 30).codeAt(SHA256_SEED, at));
        assertEquals(sha512, new Totp("HmacSHA512", 8, 30).codeAt(SHA512_SEED, at));
    }

    @Test
    void authenticatorAppsShowTheLastSixDigits() {
        assertEquals("287082", Totp.AUTHENTICATOR_APPS.codeAt(SHA1_SEED, Instant.ofEpochSecond(59)));
    }

    @Test
    void acceptsOneStepEitherSideAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.AUTHENTICATOR_APPS.stepAt(now);
        for (long offset = -1; offset <= 1; offset++) {
            String code = Totp.AUTHENTICATOR_APPS.code(SHA1_SEED, step + offset);
            assertEquals(OptionalLong.of(step + offset), Totp.AUTHENTICATOR_APPS.matchingStep(SHA1_SEED, code, now));
        }
        String old = Totp.AUTHENTICATOR_APPS.code(SHA1_SEED, step - 2);
        assertTrue(Totp.AUTHENTICATOR_APPS.matchingStep(SHA1_SEED, old, now).isEmpty());
        assertTrue(Totp.AUTHENTICATOR_APPS.matchingStep(SHA1_SEED, "12345", now).isEmpty());
        assertTrue(Totp.AUTHENTICATOR_APPS.matchingStep(SHA1_SEED, null, now).isEmpty());
    }

    @Test
    void base32RoundTripsAndReadsWhatAppsShow() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(SHA1_SEED));
        assertArrayEquals(SHA1_SEED, Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        assertEquals("MZXW6YQ", Base32.encode("foob".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foob".getBytes(StandardCharsets.US_ASCII), Base32.decode("MZXW6YQ="));
    }
}
