/**
 * Webhook receivers and deliveries: ticket and customer events reported with signatures and retries.
 */
package dev.helpdesk.webhook;
