package dev.helpdesk.automation.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a batch job's keyset reader stands: tickets are read in the order of a time column (waiting since, scheduled
 * start) and then protocol, which an index serves directly; the last key read is the job's checkpoint.
 */
public record TicketKey(Instant at, long protocol) implements Serializable {

    public static final TicketKey START = new TicketKey(Instant.EPOCH, 0L);
}
