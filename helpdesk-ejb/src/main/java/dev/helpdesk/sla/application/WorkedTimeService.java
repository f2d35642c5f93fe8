package dev.helpdesk.sla.application;

import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.sla.domain.Billing;
import dev.helpdesk.sla.domain.RuleSelector;
import dev.helpdesk.sla.domain.SlaRule;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.sla.domain.TimeEntry;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Worked time (B1, B2): agents log the minutes they work on a ticket; the month's hours contract and hourly values
 * of each customer turn them into a bill. Reports are for administrators, managers and agents whose group grants
 * reports.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class WorkedTimeService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** An agent who handles the ticket logs time worked on it; {@code startedAt} null means it just ended. */
    public TimeEntryView log(long protocol, int minutes, Instant startedAt, String note) {
        Agent agent = currentUser.agent();
        Ticket ticket = em.find(Ticket.class, protocol);
        if (ticket == null || !ticket.isVisibleTo(agent)) {
            throw new NotFoundException("ticket", protocol);
        }
        if (!ticket.isHandledBy(agent)) {
            throw new AccessDeniedException("Only agents who handle the ticket log time on it");
        }
        TimeEntry entry = new TimeEntry(protocol, agent.id(), startedAt, minutes, note, clock.instant());
        em.persist(entry);
        em.flush();
        return new TimeEntryView(entry.id(), agent.name(), entry.startedAt(), entry.minutes(), note);
    }

    public List<TimeEntryView> ofTicket(long protocol) {
        Agent agent = currentUser.agent();
        Ticket ticket = em.find(Ticket.class, protocol);
        if (ticket == null || !ticket.isVisibleTo(agent)) {
            throw new NotFoundException("ticket", protocol);
        }
        return em.createQuery("SELECT new dev.helpdesk.sla.application.TimeEntryView(e.id, a.name, e.startedAt, "
                        + "e.minutes, e.note) FROM TimeEntry e JOIN Agent a ON a.id = e.agentId "
                        + "WHERE e.ticketProtocol = :protocol ORDER BY e.startedAt, e.id", TimeEntryView.class)
                .setParameter("protocol", protocol)
                .getResultList();
    }

    /** The month's bill of one customer, or of the customers of one organization. */
    public BillingReport billing(YearMonth month, Long customerId, Long organizationId) {
        Caller caller = currentUser.caller();
        if (!caller.permissions().viewReports()) {
            throw new AccessDeniedException("The agent's permission group does not grant reports");
        }
        if ((customerId == null) == (organizationId == null)) {
            throw new InvalidInputException("customerId", "validation.required");
        }
        ZoneId zone = SlaCalendars.zone();
        List<TimeEntry> entries = em.createQuery("SELECT e FROM TimeEntry e JOIN Ticket t ON t.protocol = "
                        + "e.ticketProtocol WHERE e.startedAt >= :from AND e.startedAt < :to AND "
                        + (customerId != null ? "t.customer.id = :who" : "t.customer.organization.id = :who")
                        + " ORDER BY e.startedAt, e.id", TimeEntry.class)
                .setParameter("from", month.atDay(1).atStartOfDay(zone).toInstant())
                .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
                .setParameter("who", customerId != null ? customerId : organizationId)
                .getResultList();
        List<SlaRule> rules = em.createQuery("SELECT r FROM SlaRule r WHERE r.kind IN :kinds", SlaRule.class)
                .setParameter("kinds", List.of(SlaRuleKind.HOURS_CONTRACT, SlaRuleKind.HOURLY_VALUES))
                .getResultList();

        Map<Long, Ticket> tickets = new HashMap<>();
        Map<String, List<Billing.Work>> pools = new LinkedHashMap<>();
        Map<String, Integer> contracts = new HashMap<>();
        for (TimeEntry entry : entries) {
            Ticket ticket = tickets.computeIfAbsent(entry.ticketProtocol(), p -> em.find(Ticket.class, p));
            Optional<SlaRule> contract = nearest(rules, SlaRuleKind.HOURS_CONTRACT, ticket);
            Optional<SlaRule> values = nearest(rules, SlaRuleKind.HOURLY_VALUES, ticket);
            String pool = contract.map(c -> c.id() + (c.scope().id() == null ? ":" + ticket.customer().id() : ""))
                    .orElse("none");
            contracts.put(pool, contract.map(SlaRule::minutes).orElse(null));
            pools.computeIfAbsent(pool, k -> new ArrayList<>()).add(new Billing.Work(entry.ticketProtocol(),
                    entry.minutes(), values.map(SlaRule::rate).orElse(BigDecimal.ZERO),
                    values.map(SlaRule::extraRate).orElse(BigDecimal.ZERO)));
        }
        Map<Long, Billing.TicketBill> byTicket = new LinkedHashMap<>();
        pools.forEach((pool, work) -> Billing.bill(work, contracts.get(pool))
                .forEach(bill -> byTicket.merge(bill.ticketProtocol(), bill, Billing.TicketBill::plus)));
        List<BillingLine> lines = byTicket.values().stream().map(b -> {
            Ticket t = tickets.get(b.ticketProtocol());
            return new BillingLine(b.ticketProtocol(), t.subject(), t.customer().name(), b.normalMinutes(),
                    b.extraMinutes(), b.normal(), b.extra(), b.gross());
        }).toList();
        return new BillingReport(month, lines,
                lines.stream().mapToLong(l -> l.normalMinutes() + l.extraMinutes()).sum(),
                lines.stream().map(BillingLine::normal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                lines.stream().map(BillingLine::extra).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                lines.stream().map(BillingLine::gross).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    private static Optional<SlaRule> nearest(List<SlaRule> rules, SlaRuleKind kind, Ticket ticket) {
        Customer customer = ticket.customer();
        return RuleSelector.nearest(rules.stream().filter(r -> r.kind() == kind).toList(), SlaRule::scope,
                SlaRule::key, customer.id(), customer.organizationChain(), ticket.department().id(),
                ticket.category().id(), ticket.priority());
    }
}
