/**
 * Installation and start-up: the schema migration, the first administrator and the demo data, whose tickets the
 * data generator in {@code generator} plans and writes (the scale checks' generator in the tools module uses the
 * same classes); nothing in the application imports it.
 */
package dev.helpdesk.setup;
