package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** Someone who signs in to the help desk with an e-mail address: an agent or a customer. */
@MappedSuperclass
public abstract class Person {

    public static final int MAX_NAME_LENGTH = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String email;

    @Embedded
    private Credentials credentials;

    @Enumerated(EnumType.STRING)
    private Language language;

    private boolean active;

    private long credentialsVersion;

    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    protected Person(String name, String email, Credentials credentials, Language language, Instant now) {
        this.name = Inputs.requiredText("name", name, MAX_NAME_LENGTH);
        this.email = Inputs.email("email", email);
        this.credentials = Inputs.required("password", credentials);
        this.language = language == null ? Language.PT_BR : language;
        this.active = true;
        this.createdAt = now;
    }

    public void rename(String newName) {
        this.name = Inputs.requiredText("name", newName, MAX_NAME_LENGTH);
    }

    /** A new login e-mail; the caller has checked that nobody else signs in with it. */
    public void changeEmail(String newEmail) {
        this.email = Inputs.email("email", newEmail);
    }

    /** An inactive person can no longer sign in; their tickets and history stay. */
    public void activate(boolean newActive) {
        this.active = newActive;
    }

    /**
     * A new local password, chosen by the person: counted, so that sessions signed in with an earlier one end. A
     * directory user's password is the directory's, never set here.
     */
    public void changePassword(Credentials newPassword) {
        if (credentials.directoryKind() != DirectoryKind.LOCAL) {
            throw new InvalidInputException("newPassword", "validation.password.directoryManaged");
        }
        if (newPassword.directoryKind() != DirectoryKind.LOCAL || !newPassword.hasLocalPassword()) {
            throw new IllegalArgumentException("a new password is a local one");
        }
        this.credentials = newPassword;
        this.credentialsVersion++;
    }

    /** The directory account name this directory user may also sign in as; blank removes it. */
    public void useDirectoryAccount(String account) {
        if (credentials.directoryKind() != DirectoryKind.LDAP) {
            throw new InvalidInputException("directoryAccount", "validation.directoryAccount.localUser");
        }
        this.credentials = Credentials.directory(account);
    }

    /** The person's own choice of interface language. */
    public void preferLanguage(Language newLanguage) {
        this.language = Inputs.required("language", newLanguage);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The login name: lower-cased, unique across agents and customers. */
    public String email() {
        return email;
    }

    public Language language() {
        return language;
    }

    public boolean isActive() {
        return active;
    }

    public Credentials credentials() {
        return credentials;
    }

    /** How many times the password was changed: a session signed in before the last change is over. */
    public long credentialsVersion() {
        return credentialsVersion;
    }
}
