package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.regex.Pattern;

/**
 * How a user proves who they are: a local password hash, or the directory. A directory user never has a
 * local hash, so a stale one can never be used to bypass the directory. A directory user may also have an account
 * name (Active Directory's sAMAccountName) to sign in with besides the e-mail.
 */
@Embeddable
public class Credentials {

    public static final int MAX_ACCOUNT_LENGTH = 64;
    /** What Active Directory allows in an account name, less spaces: never an '@', so never mistaken for an e-mail. */
    private static final Pattern ACCOUNT = Pattern.compile("[\\p{L}\\p{N}._$-]{1," + MAX_ACCOUNT_LENGTH + "}");

    @Enumerated(EnumType.STRING)
    @Column(name = "directory")
    private DirectoryKind directory;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "directory_account")
    private String directoryAccount;

    protected Credentials() {
    }

    private Credentials(DirectoryKind directory, String passwordHash, String directoryAccount) {
        this.directory = directory;
        this.passwordHash = passwordHash;
        this.directoryAccount = directoryAccount;
    }

    public static Credentials local(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new InvalidInputException("password", "validation.required");
        }
        return new Credentials(DirectoryKind.LOCAL, passwordHash, null);
    }

    /** A local user without a password yet (a customer registered from an e-mail): cannot log in until given one. */
    public static Credentials none() {
        return new Credentials(DirectoryKind.LOCAL, null, null);
    }

    public static Credentials directory() {
        return new Credentials(DirectoryKind.LDAP, null, null);
    }

    /** A directory user who may also sign in as {@code account} (blank: the e-mail only). */
    public static Credentials directory(String account) {
        return new Credentials(DirectoryKind.LDAP, null, account(account));
    }

    /** The account name in its stored form (lower case, no "DOMAIN\" prefix), or null when blank. */
    public static String account(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String account = LoginName.normalized(typed);
        if (!ACCOUNT.matcher(account).matches()) {
            throw new InvalidInputException("directoryAccount", "validation.directoryAccount.invalid");
        }
        return account;
    }

    /** The same credentials as a value of their own, for another person's record. */
    public Credentials copy() {
        return new Credentials(directory, passwordHash, directoryAccount);
    }

    public DirectoryKind directoryKind() {
        return directory;
    }

    public String directoryAccount() {
        return directoryAccount;
    }

    /** Whether this is a local password and {@code password} is it. */
    public boolean acceptsLocalPassword(String password) {
        return directory == DirectoryKind.LOCAL && passwordHash != null && password != null
                && PasswordHasher.matches(password, passwordHash);
    }

    public boolean hasLocalPassword() {
        return passwordHash != null;
    }
}
