package dev.helpdesk.sla.application;

import java.io.Serializable;
import java.time.Instant;

/** Time worked on a ticket, as the ticket page and the API list it. */
public record TimeEntryView(Long id, String agentName, Instant startedAt, int minutes, String note)
        implements Serializable {
}
