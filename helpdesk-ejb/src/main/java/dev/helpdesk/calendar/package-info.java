/**
 * Work shifts and holidays: when the company works, for SLA time and for shift-bound access.
 */
package dev.helpdesk.calendar;
