package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.Language;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who opens tickets: an external client or an employee of the company. */
@Entity
public class Customer {

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

    private Instant createdAt;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String name, String email, Credentials credentials, Language language, Instant now) {
        this.name = Inputs.requiredText("name", name, MAX_NAME_LENGTH);
        this.email = Inputs.email("email", email);
        this.credentials = Inputs.required("password", credentials);
        this.language = language == null ? Language.PT_BR : language;
        this.active = true;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

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
}
