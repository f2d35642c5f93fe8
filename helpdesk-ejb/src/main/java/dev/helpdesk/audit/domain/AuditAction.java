package dev.helpdesk.audit.domain;

/** The sensitive operations the audit log records (D8). */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    SECOND_FACTOR_FAILED,
    CUSTOMER_CREATED,
    CUSTOMER_CHANGED,
    CUSTOMER_DELETED,
    TICKET_DELETED,
    AGENT_CREATED,
    AGENT_CHANGED,
    PERMISSION_GROUP_CREATED,
    PERMISSION_GROUP_CHANGED,
    PERMISSION_GROUP_DELETED,
    SETTINGS_CHANGED,
    TWO_FACTOR_RESET
}
