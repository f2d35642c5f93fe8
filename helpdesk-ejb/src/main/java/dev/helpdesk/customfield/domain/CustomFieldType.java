package dev.helpdesk.customfield.domain;

/** The kind of value a custom field holds, and so how a typed value is checked and stored. */
public enum CustomFieldType {
    /** Free text, one line. */
    TEXT,
    /** A decimal number, stored with a dot as separator; a comma typed as decimal separator is accepted. */
    NUMBER,
    /** A calendar date, stored as ISO {@code yyyy-MM-dd}; {@code dd/MM/yyyy} is accepted too. */
    DATE,
    /** One of the field's options. */
    LIST,
    /** Ticked or not: stored as {@code true} / {@code false}. */
    CHECKBOX
}
