package dev.helpdesk.web.panel;

import dev.helpdesk.ticket.application.HistoryEntry;
import dev.helpdesk.ticket.domain.TicketEventKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Set;

/** Puts a history entry's before and after values into the viewer's language where they are codes. */
@Named
@ApplicationScoped
public class HistoryLabels {

    private static final Set<TicketEventKind> SITUATION_CHANGES = Set.of(TicketEventKind.OPENED,
            TicketEventKind.ANSWERED, TicketEventKind.CUSTOMER_REPLIED, TicketEventKind.FINISHED,
            TicketEventKind.REOPENED, TicketEventKind.AUTO_CLOSED);

    public String value(HistoryEntry entry, String raw) {
        if (raw == null) {
            return "–";
        }
        if (entry.kind() == TicketEventKind.PRIORITY_CHANGED) {
            return Messages.text("priority." + raw);
        }
        if (SITUATION_CHANGES.contains(entry.kind())) {
            return Messages.text("situation." + raw);
        }
        return raw;
    }
}
