package dev.helpdesk.security.sso.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SsoTokenTest {

    private static final byte[] SECRET = "key123".getBytes(StandardCharsets.UTF_8);
    /** The reference's vector: signed with key123, expiring at 1552503274. */
    private static final String VECTOR = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJleGFtcGxlLmNvbSIsImV4cCI6MTU1"
            + "MjUwMzI3NCwibmFtZSI6IkNsaWVudGUiLCJlbWFpbCI6ImNAZXhhbXBsZS5jb20iLCJ1c2VyaWQiOiJDLTEiLCJjcmVhdGUiOnRydWV9"
            + ".HpoGSoEPC6gtwwPBAp7nPGhSgxyGA5JPhE7eAqB9rRM";
    private static final Instant BEFORE_EXPIRY = Instant.ofEpochSecond(1552503274 - 120);

    @Test
    void readsTheReferenceVector() throws Exception {
        SsoToken token = SsoToken.verify(VECTOR, SECRET, BEFORE_EXPIRY);
        assertEquals("example.com", token.issuer());
        assertEquals("c@example.com", token.email());
        assertEquals("Cliente", token.name());
        assertTrue(token.create());
    }

    @Test
    void refusesAForgedExpiredOrEndlessKey() {
        assertEquals("signature", refusal(VECTOR, "other-secret".getBytes(StandardCharsets.UTF_8), BEFORE_EXPIRY));
        String tampered = VECTOR.replace(VECTOR.split("\\.")[1], encode("{\"iss\":\"example.com\",\"exp\":1552503274,"
                + "\"name\":\"Admin\",\"email\":\"admin@example.com\"}"));
        assertEquals("signature", refusal(tampered, SECRET, BEFORE_EXPIRY));
        assertEquals("expired", refusal(VECTOR, SECRET, Instant.ofEpochSecond(1552503274 + 61)));
        assertEquals("lifetime", refusal(VECTOR, SECRET, Instant.ofEpochSecond(1552503274 - 3600)),
                "a key valid for an hour is not a key for minutes");
        String none = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + VECTOR.split("\\.")[1] + ".";
        assertEquals("algorithm", refusal(none, SECRET, BEFORE_EXPIRY));
        assertEquals("malformed", refusal("not-a-token", SECRET, BEFORE_EXPIRY));
    }

    @Test
    void aKeyWithoutExpiryLivesFiveMinutesFromItsIssue() throws Exception {
        String header = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String payload = encode("{\"iss\":\"intranet\",\"iat\":1000000,\"email\":\"a@b.example\"}");
        String jwt = header + "." + payload + "." + SsoToken.sign(header + "." + payload, SECRET);
        assertEquals(Instant.ofEpochSecond(1000300), SsoToken.verify(jwt, SECRET, Instant.ofEpochSecond(1000010))
                .expiresAt());
        String noTime = encode("{\"iss\":\"intranet\",\"email\":\"a@b.example\"}");
        assertEquals("expiry", refusal(header + "." + noTime + "." + SsoToken.sign(header + "." + noTime, SECRET),
                SECRET, Instant.ofEpochSecond(1000010)));
    }

    private static String refusal(String jwt, byte[] secret, Instant now) {
        return assertThrows(SsoToken.Refused.class, () -> SsoToken.verify(jwt, secret, now)).getMessage();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
