/**
 * What every area stands on: input checks and their errors, roles, languages, the clock and deployment settings.
 */
package dev.helpdesk.shared;
