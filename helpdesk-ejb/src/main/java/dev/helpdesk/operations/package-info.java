/**
 * Batch jobs as operators see them: schedules, runs, restarts and failure notices.
 */
package dev.helpdesk.operations;
