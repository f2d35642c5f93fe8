/**
 * The e-mails a ticket's life sends to agents and customers, their templates, preferences and the mail policy.
 */
package dev.helpdesk.notification;
