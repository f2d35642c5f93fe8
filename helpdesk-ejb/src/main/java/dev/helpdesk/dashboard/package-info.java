/**
 * The agents' dashboard: the widgets each person arranges (and the administrators' default arrangements per role
 * or permission group), each widget's figures read within the viewer's ticket scope, and the per-ticket summary
 * rows the period widgets count, kept by the ticket events and reconciled by a job. Above tickets, the SLA and
 * the directory; nothing but the set-up uses it.
 */
package dev.helpdesk.dashboard;
