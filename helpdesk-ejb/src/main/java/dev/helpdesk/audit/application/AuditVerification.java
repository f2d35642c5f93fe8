package dev.helpdesk.audit.application;

/** The outcome of checking the audit chain: how many entries were read, and the first one at fault if any. */
public record AuditVerification(boolean intact, long entries, Long firstBrokenSeq) implements java.io.Serializable {
}
