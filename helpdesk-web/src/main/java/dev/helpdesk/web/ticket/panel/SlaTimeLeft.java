package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.workspace.application.TicketSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;

/**
 * The list's deadline column in words: the time left on a running deadline ("2 h 10 min"), how late a breached one
 * is, or how the deadline ended.
 */
@Named
@ApplicationScoped
public class SlaTimeLeft {

    public String of(TicketSummary ticket, Instant now) {
        TicketSummary.DeadlineSignal signal = ticket.deadline(now);
        if (signal == null) {
            return "";
        }
        return switch (signal) {
            case RUNNING -> Messages.text("sla.timeLeft", span(Duration.between(now, ticket.deadlineDue())));
            case BREACHED -> Messages.text("sla.late", span(Duration.between(ticket.deadlineDue(), now)));
            default -> Messages.text("sla.signal." + signal.name());
        };
    }

    /** Days and hours, hours and minutes, or minutes: the two largest units are enough to act on. */
    static String span(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        if (days > 0) {
            return Messages.text("duration.daysHours", days, hours);
        }
        if (hours > 0) {
            return Messages.text("duration.hoursMinutes", hours, minutes % 60);
        }
        return Messages.text("duration.minutes", minutes);
    }
}
