/**
 * Who works and who asks: departments, categories, agents, permission groups, customers, their logins, credentials,
 * the caller's identity and the company directory (LDAP / Active Directory).
 */
package dev.helpdesk.directory;
