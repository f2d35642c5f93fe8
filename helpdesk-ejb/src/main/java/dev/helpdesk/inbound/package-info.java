/**
 * The e-mail channel: department mailboxes read over IMAP, messages turned into tickets or replies, and the
 * quarantine.
 */
package dev.helpdesk.inbound;
