package dev.helpdesk.workspace.application;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketSituation;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a ticket list shows, within the caller's scope; every field narrows it and null (or empty) fields do not
 * filter, so they combine freely. {@code view} only narrows for agents; {@code state} separates open from closed
 * tickets and {@code situations} picks situations one by one; {@code createdFrom} and {@code createdTo} (when it
 * was opened), {@code closedFrom} and {@code closedTo} (when it was finished or cancelled) are days of the
 * account's time zone, both inclusive; {@code text} is a protocol number or words of the subject, of the
 * customer's name or e-mail, or of the organization's name.
 */
public record TicketFilter(View view, State state, Set<TicketSituation> situations, Long departmentId,
                           Long categoryId, Long statusId, Long agentId, Long organizationId, Priority priority,
                           LocalDate createdFrom, LocalDate createdTo, LocalDate closedFrom, LocalDate closedTo,
                           SlaSignal sla, boolean scheduledToday, String text) implements Serializable {

    public static final int MAX_TEXT_LENGTH = 200;

    public enum View {
        /** Tickets assigned to the calling agent. */
        MINE,
        /** Unassigned tickets the agent may see. */
        QUEUE,
        /** Tickets of the departments the agent is linked to. */
        DEPARTMENTS,
        /** Every ticket the caller may see. */
        ALL
    }

    public enum State {
        OPEN, CLOSED
    }

    /** Where a ticket's running SLA clocks (first response or deadline) stand. */
    public enum SlaSignal {
        /** A running clock is due within the next hour. */
        AT_RISK,
        /** A running clock is past due. */
        BREACHED
    }

    public TicketFilter {
        view = view == null ? View.ALL : view;
        situations = situations == null || situations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(situations));
        text = text == null || text.isBlank() ? null : Inputs.shortened(text.strip(), MAX_TEXT_LENGTH);
        if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
            throw new InvalidInputException("to", "validation.ticketFilter.dateRange");
        }
        if (closedFrom != null && closedTo != null && closedTo.isBefore(closedFrom)) {
            throw new InvalidInputException("closedTo", "validation.ticketFilter.dateRange");
        }
    }

    /** Every ticket the caller may see. */
    public static TicketFilter everything() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().view(view).state(state).situations(situations).department(departmentId)
                .category(categoryId).status(statusId).agent(agentId).organization(organizationId).priority(priority)
                .createdFrom(createdFrom).createdTo(createdTo).closedFrom(closedFrom).closedTo(closedTo).sla(sla)
                .scheduledToday(scheduledToday).text(text);
    }

    /** Fills a filter field by field; what is not set does not filter. */
    public static final class Builder {
        private View view;
        private State state;
        private Set<TicketSituation> situations;
        private Long departmentId;
        private Long categoryId;
        private Long statusId;
        private Long agentId;
        private Long organizationId;
        private Priority priority;
        private LocalDate createdFrom;
        private LocalDate createdTo;
        private LocalDate closedFrom;
        private LocalDate closedTo;
        private SlaSignal sla;
        private boolean scheduledToday;
        private String text;

        private Builder() {
        }

        public Builder view(View value) {
            view = value;
            return this;
        }

        public Builder state(State value) {
            state = value;
            return this;
        }

        public Builder situations(Set<TicketSituation> value) {
            situations = value;
            return this;
        }

        public Builder department(Long id) {
            departmentId = id;
            return this;
        }

        public Builder category(Long id) {
            categoryId = id;
            return this;
        }

        public Builder status(Long id) {
            statusId = id;
            return this;
        }

        public Builder agent(Long id) {
            agentId = id;
            return this;
        }

        public Builder organization(Long id) {
            organizationId = id;
            return this;
        }

        public Builder priority(Priority value) {
            priority = value;
            return this;
        }

        public Builder createdFrom(LocalDate day) {
            createdFrom = day;
            return this;
        }

        public Builder createdTo(LocalDate day) {
            createdTo = day;
            return this;
        }

        public Builder closedFrom(LocalDate day) {
            closedFrom = day;
            return this;
        }

        public Builder closedTo(LocalDate day) {
            closedTo = day;
            return this;
        }

        public Builder sla(SlaSignal value) {
            sla = value;
            return this;
        }

        public Builder scheduledToday(boolean value) {
            scheduledToday = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public TicketFilter build() {
            return new TicketFilter(view, state, situations, departmentId, categoryId, statusId, agentId,
                    organizationId, priority, createdFrom, createdTo, closedFrom, closedTo, sla, scheduledToday, text);
        }
    }
}
