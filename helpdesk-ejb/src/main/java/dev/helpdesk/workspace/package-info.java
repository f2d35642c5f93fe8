/**
 * What agents and customers read of tickets: the lists and the ticket page, composed from the ticket, its SLA
 * clocks and custom fields.
 */
package dev.helpdesk.workspace;
