package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A person who opens tickets: an external client or an employee of the company, maybe of an organization. */
@Entity
public class Customer extends Person {

    public static final int MAX_PHONE_LENGTH = 20;
    /** Organizations nest; a guard against a chain that loops in bad data. */
    private static final int MAX_ORGANIZATION_DEPTH = 20;

    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    private boolean managesOrganization;

    protected Customer() {
    }

    public Customer(String name, String email, Credentials credentials, Language language, Instant now) {
        super(name, email, credentials, language, now);
    }

    /** Moves the customer to another organization (null: none); a manager of the old one manages it no more. */
    public void joinOrganization(Organization newOrganization) {
        boolean same = organization != null && newOrganization != null
                && organization.id() != null && organization.id().equals(newOrganization.id());
        if (!same) {
            managesOrganization = false;
        }
        this.organization = newOrganization;
    }

    /**
     * A manager of their organization follows its tickets and those of the organizations under it, in the customer
     * panel and the API. Only a customer of an organization can manage it.
     */
    public void manageOrganization(boolean manages) {
        if (manages && organization == null) {
            throw new InvalidInputException("managesOrganization", "validation.customer.managerWithoutOrganization");
        }
        this.managesOrganization = manages;
    }

    public boolean managesOrganization() {
        return managesOrganization && organization != null;
    }

    /** A phone number as typed (digits, spaces, +, -, parentheses), or null to remove it. */
    public void changePhone(String newPhone) {
        if (newPhone == null || newPhone.isBlank()) {
            this.phone = null;
            return;
        }
        String trimmed = newPhone.strip();
        if (trimmed.length() > MAX_PHONE_LENGTH || !trimmed.matches("[0-9+()\\- .]+")) {
            throw new InvalidInputException("phone", "validation.phone");
        }
        this.phone = trimmed;
    }

    public String phone() {
        return phone;
    }

    /** The ids of the customer's organization and of each parent above it, nearest first (empty when none). */
    public List<Long> organizationChain() {
        List<Long> chain = new ArrayList<>();
        for (Organization o = organization; o != null && chain.size() < MAX_ORGANIZATION_DEPTH; o = o.parent()) {
            chain.add(o.id());
        }
        return chain;
    }

    public Organization organization() {
        return organization;
    }
}
