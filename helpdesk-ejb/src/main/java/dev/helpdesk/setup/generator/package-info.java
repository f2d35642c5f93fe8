/**
 * Generated tickets, the same for the demo and for the scale checks: seeded sample text, the plan of each ticket
 * and its history in the situation it ends in, and the rows written in JDBC batches.
 */
package dev.helpdesk.setup.generator;
