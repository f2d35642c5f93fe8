/**
 * Access controls around the directory's identities: login throttling and new devices, two factors, single sign-on,
 * API tokens and IP and shift access rules.
 */
package dev.helpdesk.security;
