package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How a user proves who they are: a local password hash, or the directory. A directory user never has a
 * local hash, so a stale one can never be used to bypass the directory.
 */
@Embeddable
public class Credentials {

    @Enumerated(EnumType.STRING)
    @Column(name = "directory")
    private DirectoryKind directory;

    @Column(name = "password_hash")
    private String passwordHash;

    protected Credentials() {
    }

    private Credentials(DirectoryKind directory, String passwordHash) {
        this.directory = directory;
        this.passwordHash = passwordHash;
    }

    public static Credentials local(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new InvalidInputException("password", "validation.required");
        }
        return new Credentials(DirectoryKind.LOCAL, passwordHash);
    }

    /** A local user without a password yet (a customer registered from an e-mail): cannot log in until given one. */
    public static Credentials none() {
        return new Credentials(DirectoryKind.LOCAL, null);
    }

    public static Credentials directory() {
        return new Credentials(DirectoryKind.LDAP, null);
    }

    public DirectoryKind directoryKind() {
        return directory;
    }

    public boolean hasLocalPassword() {
        return passwordHash != null;
    }
}
