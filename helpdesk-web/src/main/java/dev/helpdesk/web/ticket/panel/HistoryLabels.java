package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.sla.application.SlaCalendars;
import dev.helpdesk.ticket.domain.TicketEventKind;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.workspace.application.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Puts a history entry's before and after values into the viewer's language where they are codes, and scheduled
 * starts into the account's time zone.
 */
@Named
@ApplicationScoped
public class HistoryLabels {

    private static final Set<TicketEventKind> SITUATION_CHANGES = Set.of(TicketEventKind.OPENED,
            TicketEventKind.ANSWERED, TicketEventKind.CUSTOMER_REPLIED, TicketEventKind.FINISHED,
            TicketEventKind.REOPENED, TicketEventKind.AUTO_CLOSED);

    public String value(HistoryEntry entry, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "–";
        }
        if (entry.kind() == TicketEventKind.PRIORITY_CHANGED) {
            return Messages.text("priority." + raw);
        }
        if (SITUATION_CHANGES.contains(entry.kind())) {
            return Messages.text("situation." + raw);
        }
        if (entry.kind() == TicketEventKind.SCHEDULED) {
            return DateTimeFormatter.ofPattern(Messages.text("format.dateTime"))
                    .format(Instant.parse(raw).atZone(SlaCalendars.zone()));
        }
        return raw;
    }
}
