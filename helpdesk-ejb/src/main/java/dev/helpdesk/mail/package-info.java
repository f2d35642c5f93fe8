/**
 * The outbox: every e-mail written with the change it reports, then sent at least once with retries.
 */
package dev.helpdesk.mail;
