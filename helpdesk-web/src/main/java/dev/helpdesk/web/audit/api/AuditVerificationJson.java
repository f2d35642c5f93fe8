package dev.helpdesk.web.audit.api;

import dev.helpdesk.audit.application.AuditVerification;

/** The outcome of checking the audit chain as the API shows it. */
public record AuditVerificationJson(boolean intact, long entries, Long firstBrokenSeq) {

    static AuditVerificationJson of(AuditVerification v) {
        return new AuditVerificationJson(v.intact(), v.entries(), v.firstBrokenSeq());
    }
}
