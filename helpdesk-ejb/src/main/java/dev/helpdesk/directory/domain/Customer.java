package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Language;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A person who opens tickets: an external client or an employee of the company. */
@Entity
public class Customer extends Person {

    protected Customer() {
    }

    public Customer(String name, String email, Credentials credentials, Language language, Instant now) {
        super(name, email, credentials, language, now);
    }
}
