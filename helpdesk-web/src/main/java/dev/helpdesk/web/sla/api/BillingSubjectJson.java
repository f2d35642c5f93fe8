package dev.helpdesk.web.sla.api;

import dev.helpdesk.sla.application.BillingSubject;

/** A customer or organization a billing report can be asked for, as the API shows it. */
public record BillingSubjectJson(BillingSubject.Kind kind, long id, String name, String organizationName) {

    static BillingSubjectJson of(BillingSubject v) {
        return new BillingSubjectJson(v.kind(), v.id(), v.name(), v.organizationName());
    }
}
