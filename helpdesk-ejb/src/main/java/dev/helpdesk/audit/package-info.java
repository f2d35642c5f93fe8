/**
 * The hash-chained audit log of logins and sensitive changes, with who did them and from where.
 */
package dev.helpdesk.audit;
