package dev.helpdesk.security.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of a link mailed to someone (256 random bits, URL-safe): the link carries {@code token}, the database
 * keeps only {@code hash}, so a copy of the database opens nothing.
 */
public record LinkToken(String token, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static LinkToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new LinkToken(token, hashOf(token));
    }

    /** The hash a link's token is looked up by; surrounding blanks (a pasted link) do not count. */
    public static String hashOf(String token) {
        return Sha256.hex(token.strip());
    }
}
