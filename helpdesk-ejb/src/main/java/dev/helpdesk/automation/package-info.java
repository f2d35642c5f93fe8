/**
 * What runs unattended on tickets: auto-close of tickets left waiting on the customer and scheduled-start notices.
 */
package dev.helpdesk.automation;
