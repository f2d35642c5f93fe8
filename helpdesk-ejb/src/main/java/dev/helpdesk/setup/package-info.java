/**
 * Installation and start-up: the schema migration, the first administrator and the demo data; nothing imports it.
 */
package dev.helpdesk.setup;
