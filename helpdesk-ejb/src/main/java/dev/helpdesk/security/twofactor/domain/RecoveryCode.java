package dev.helpdesk.security.twofactor.domain;

import dev.helpdesk.security.domain.Sha256;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;

/**
 * A one-time code that stands in for the authenticator when the phone is lost. Only its SHA-256 is kept: the
 * agent sees the codes once, when turning two-factor authentication on.
 */
@Entity
@Table(name = "agent_recovery_code")
public class RecoveryCode {

    public static final int PER_AGENT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agentId;

    private String codeHash;

    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(long agentId, String code) {
        this.agentId = agentId;
        this.codeHash = hash(code);
    }

    /** A fresh code, written as xxxxx-xxxxx. */
    public static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of a code as typed: case, spaces and the dash do not matter. */
    public static String hash(String code) {
        return Sha256.hex(code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
