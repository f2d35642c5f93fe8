package dev.helpdesk.ticket.application;

import java.io.Serializable;
import java.util.List;

/** A canned response as administrators manage it. */
public record CannedResponseView(Long id, String title, String body, List<Long> departmentIds, boolean active)
        implements Serializable {
}
