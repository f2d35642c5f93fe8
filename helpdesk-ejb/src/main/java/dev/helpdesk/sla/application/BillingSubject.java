package dev.helpdesk.sla.application;

import java.io.Serializable;

/**
 * Whom a billing report is for: one customer (with their organization's name, to tell namesakes apart) or one
 * organization.
 */
public record BillingSubject(Kind kind, long id, String name, String organizationName) implements Serializable {

    public enum Kind {
        CUSTOMER, ORGANIZATION
    }
}
