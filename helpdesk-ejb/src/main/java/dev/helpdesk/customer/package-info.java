/**
 * Customer and organization records for agents: registration, search, custom-field data and masking by permission
 * group.
 */
package dev.helpdesk.customer;
