/**
 * SLA rules and clocks, prioritization, alerts, worked time and billing, kept in step with ticket events.
 */
package dev.helpdesk.sla;
