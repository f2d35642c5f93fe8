/**
 * Branding and the customer panel: colour, logo, footer links, chat footer, default language and the agents' list
 * columns.
 */
package dev.helpdesk.account;
