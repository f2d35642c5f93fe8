package dev.helpdesk.selfservice.domain;

import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.security.domain.LinkToken;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.Language;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Someone registered themself with an address and a password, and waits until they follow the link mailed to the
 * address: only then does it become a customer's login. One per address; registering again replaces the name, the
 * password and the link. Only the SHA-256 of the link's token is kept, and the password only as its hash.
 */
@Entity
@Table(name = "customer_registration")
public class PendingRegistration {

    /** How long the link mailed to the address works. */
    public static final Duration VALIDITY = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String name;

    @Embedded
    private Credentials credentials;

    @Enumerated(EnumType.STRING)
    private Language language;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    protected PendingRegistration() {
    }

    public PendingRegistration(String email) {
        this.email = Inputs.email("email", email);
    }

    /**
     * The registration as now asked for, with a new link valid for {@link #VALIDITY}: the token to mail. A link
     * mailed earlier stops working.
     */
    public String renew(String newName, Credentials password, Language newLanguage, Instant now) {
        if (password.directoryKind() != DirectoryKind.LOCAL || !password.hasLocalPassword()) {
            throw new IllegalArgumentException("a registration has a local password");
        }
        this.name = Inputs.requiredText("name", newName, Person.MAX_NAME_LENGTH);
        this.credentials = password.copy();
        this.language = newLanguage == null ? Language.PT_BR : newLanguage;
        LinkToken token = LinkToken.generate();
        this.tokenHash = token.hash();
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
        return token.token();
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    /** The password chosen, hashed, as the customer's credentials once the address is confirmed. */
    public Credentials credentials() {
        return credentials.copy();
    }

    public Language language() {
        return language;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
