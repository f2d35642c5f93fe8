package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A person who opens tickets: an external client or an employee of the company, maybe of an organization. */
@Entity
public class Customer extends Person {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    protected Customer() {
    }

    public Customer(String name, String email, Credentials credentials, Language language, Instant now) {
        super(name, email, credentials, language, now);
    }

    public void joinOrganization(Organization newOrganization) {
        this.organization = newOrganization;
    }

    public Organization organization() {
        return organization;
    }
}
