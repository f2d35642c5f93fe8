package dev.helpdesk.sla.application;

import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.sla.domain.RuleSelector;
import dev.helpdesk.sla.domain.SlaClock;
import dev.helpdesk.sla.domain.SlaClockKind;
import dev.helpdesk.sla.domain.SlaRule;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the SLA clocks of tickets in step with what happens to them, inside the use case that changes the ticket
 * (which has already checked who calls): opening sets the priority by the prioritization rules and starts the
 * first-response and deadline clocks; the first public answer stops the first; an answer that waits for the
 * customer pauses a deadline that pauses; the customer's reply resumes it; finishing stops and reopening resumes;
 * a new priority, department or category brings the rules that now apply.
 */
@Stateless
@LocalBean
@PermitAll
public class SlaTracker {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SlaCalendars calendars;

    /** Before the ticket's clocks start: the priority the prioritization rules give it, if any. */
    public void prioritize(Ticket ticket) {
        rule(ticket, SlaRuleKind.PRIORITIZATION).ifPresent(rule -> ticket.prioritizeAtOpening(rule.setsPriority()));
    }

    public void opened(Ticket ticket, Instant now) {
        for (SlaRuleKind kind : List.of(SlaRuleKind.FIRST_RESPONSE, SlaRuleKind.DEADLINE)) {
            rule(ticket, kind).filter(r -> r.target().isPresent()).ifPresent(rule -> {
                SlaClock clock = SlaClock.start(ticket.protocol(), kind.clock(), rule,
                        calendars.shiftOr(rule.shift()), ticket.createdAt());
                clock.refreshDue(calendars.of(clock.shift()), now);
                em.persist(clock);
            });
        }
    }

    /** An agent's public answer: the first response is given; the deadline waits if its rule says so. */
    public void answered(Ticket ticket, Instant now) {
        for (SlaClock clock : clocks(ticket)) {
            if (clock.kind() == SlaClockKind.FIRST_RESPONSE) {
                change(clock, now, () -> clock.stop(now));
            } else if (clock.pausesOnReply()) {
                change(clock, now, () -> clock.pause(now));
            }
        }
    }

    /** The customer (or the requesting agent) wrote again: the deadline runs again. */
    public void requesterReplied(Ticket ticket, Instant now) {
        clock(ticket, SlaClockKind.DEADLINE).ifPresent(c -> change(c, now, () -> c.resume(now)));
    }

    public void finished(Ticket ticket, Instant now) {
        clocks(ticket).forEach(c -> change(c, now, () -> c.stop(now)));
    }

    public void reopened(Ticket ticket, Instant now) {
        clock(ticket, SlaClockKind.DEADLINE).ifPresent(c -> change(c, now, () -> c.reopen(now)));
    }

    /** The priority, department or category changed: each clock follows the rule that applies now, if any. */
    public void reclassified(Ticket ticket, Instant now) {
        for (SlaClock clock : clocks(ticket)) {
            rule(ticket, SlaRuleKind.of(clock.kind())).filter(r -> r.target().isPresent() && !r.id().equals(clock.ruleId()))
                    .ifPresent(rule -> change(clock, now,
                            () -> clock.followRule(rule, calendars.shiftOr(rule.shift()))));
        }
    }

    private void change(SlaClock clock, Instant now, Runnable action) {
        action.run();
        clock.refreshDue(calendars.of(clock.shift()), now);
    }

    private Optional<SlaClock> clock(Ticket ticket, SlaClockKind kind) {
        return clocks(ticket).stream().filter(c -> c.kind() == kind).findFirst();
    }

    private List<SlaClock> clocks(Ticket ticket) {
        return em.createQuery("SELECT c FROM SlaClock c WHERE c.ticketProtocol = :protocol", SlaClock.class)
                .setParameter("protocol", ticket.protocol())
                .getResultList();
    }

    /** The nearest rule of this kind for the ticket's requester, department, category and priority. */
    private Optional<SlaRule> rule(Ticket ticket, SlaRuleKind kind) {
        List<SlaRule> candidates = em.createQuery("SELECT r FROM SlaRule r WHERE r.kind = :kind "
                        + "AND r.departmentId = :department", SlaRule.class)
                .setParameter("kind", kind)
                .setParameter("department", ticket.department().id())
                .getResultList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Customer customer = ticket.customer();
        return RuleSelector.nearest(candidates, SlaRule::scope, SlaRule::key, customer == null ? null : customer.id(),
                customer == null ? List.of() : customer.organizationChain(), ticket.department().id(),
                ticket.category().id(), ticket.priority());
    }
}
