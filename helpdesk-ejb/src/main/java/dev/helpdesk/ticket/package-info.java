/**
 * Tickets and their life (opening, conversation, assignment, situation, transfer, closing), canned responses and
 * the ticket events other areas observe.
 */
package dev.helpdesk.ticket;
