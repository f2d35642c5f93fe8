package dev.helpdesk.sla.domain;

import java.io.Serializable;

/** Whom an SLA rule is for: one customer, one organization (and so its customers), or everyone. */
public record RuleScope(Kind kind, Long id) implements Serializable {

    public enum Kind {
        CUSTOMER, ORGANIZATION, GENERAL
    }

    public static RuleScope customer(long id) {
        return new RuleScope(Kind.CUSTOMER, id);
    }

    public static RuleScope organization(long id) {
        return new RuleScope(Kind.ORGANIZATION, id);
    }

    public static RuleScope general() {
        return new RuleScope(Kind.GENERAL, null);
    }
}
