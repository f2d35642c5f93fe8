/**
 * Custom field definitions per form and their values on tickets, customers and organizations.
 */
package dev.helpdesk.customfield;
