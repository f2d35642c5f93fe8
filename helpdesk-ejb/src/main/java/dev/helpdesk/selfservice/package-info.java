/**
 * Customer self-service: people registering themselves on the customer panel (the address proved theirs by a
 * one-time link before it signs anyone in) and the public contact form that opens a ticket for its sender. At the
 * top of the areas with the set-up: it uses accounts, customers, tickets and notifications, and nothing uses it.
 */
package dev.helpdesk.selfservice;
