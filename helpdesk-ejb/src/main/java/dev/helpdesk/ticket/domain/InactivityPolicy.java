package dev.helpdesk.ticket.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;

/**
 * Auto-close of tickets left waiting on the customer (C1): {@code warnAfterDays} after the last agent answer the
 * customer is warned; {@code closeAfterDays} after the warning, still unanswered, the ticket closes. Any new exchange
 * clears the warning and starts over (the ticket does that itself); a status marked exempt keeps a ticket out.
 */
public record InactivityPolicy(boolean enabled, int warnAfterDays, int closeAfterDays) {

    public static final int MAX_DAYS = 365;

    public enum Step {
        NOTHING, WARN, CLOSE
    }

    public InactivityPolicy {
        if (warnAfterDays < 1 || warnAfterDays > MAX_DAYS) {
            throw new InvalidInputException("autoCloseWarnDays", "validation.days");
        }
        if (closeAfterDays < 1 || closeAfterDays > MAX_DAYS) {
            throw new InvalidInputException("autoCloseCloseDays", "validation.days");
        }
    }

    /** Tickets waiting since this instant or before are the only ones that can be due for a step at {@code now}. */
    public Instant waitingCutoff(Instant now) {
        return now.minus(Duration.ofDays(warnAfterDays));
    }

    public Step stepFor(Ticket ticket, Instant now) {
        if (!enabled || ticket.situation() != TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER
                || ticket.waitingSince() == null
                || (ticket.status() != null && ticket.status().isExemptFromAutoClose())) {
            return Step.NOTHING;
        }
        if (ticket.autoCloseWarnedAt() == null) {
            return ticket.waitingSince().isAfter(waitingCutoff(now)) ? Step.NOTHING : Step.WARN;
        }
        return ticket.autoCloseWarnedAt().plus(Duration.ofDays(closeAfterDays)).isAfter(now)
                ? Step.NOTHING : Step.CLOSE;
    }
}
