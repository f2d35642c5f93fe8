package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.UUID;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes local passwords with bcrypt in modular crypt form ({@code $2a$...}), the form the server's JDBC realm
 * reads. Uses Elytron's own implementation, so what is written here is exactly what the realm verifies.
 */
public final class PasswordHasher {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException(field, "validation.required");
        }
        if (password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "validation.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "validation.tooLong");
        }
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            Password hashed = factory().generatePassword(new EncryptablePasswordSpec(password.toCharArray(),
                    new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    public static boolean matches(String password, String modularCryptHash) {
        try {
            PasswordFactory factory = factory();
            Password stored = factory.translate(ModularCrypt.decode(modularCryptHash));
            return factory.verify(stored, password.toCharArray());
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /**
     * Does the work of checking a password against a stored hash, for a login name no one has: an answer as slow as
     * for a real account tells nothing of which accounts exist.
     */
    public static void checkAgainstNobody(String password) {
        matches(password == null ? "" : password, Nobody.HASH);
    }

    /** A hash no password is known for, made once. */
    private static final class Nobody {
        static final String HASH = hash("password", UUID.randomUUID().toString());
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                WildFlyElytronPasswordProvider.getInstance());
    }
}
