package dev.helpdesk.sla.application;

import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.shared.domain.SearchText;
import dev.helpdesk.sla.domain.Billing;
import dev.helpdesk.sla.domain.RuleSelector;
import dev.helpdesk.sla.domain.SlaRule;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.sla.domain.TimeEntry;
import dev.helpdesk.ticket.application.TicketScope;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Worked time (B1, B2): agents log the minutes they work on a ticket; the month's hours contract and hourly values
 * of each customer turn them into a bill. Reports are for administrators, managers and agents whose group grants
 * reports, and cover the tickets the caller may read.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class WorkedTimeService {

    /** Suggestions of each kind the report's picker gets. */
    public static final int MAX_SUBJECTS = 10;
    private static final int SCOPE_CHUNK = 500;

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

    /**
     * The month's bill of one customer, or of the customers of one organization, as far as the caller may read it.
     * Each ticket is billed as in the customer's whole bill (the hours contract is used up in the order the time was
     * worked, on all their tickets), and only the tickets the caller may read ({@link TicketScope}, the rule of the
     * ticket list) are listed and added up.
     */
    public BillingReport billing(YearMonth month, Long customerId, Long organizationId) {
        Caller caller = mayViewReports();
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
        Set<Long> readable = readableTickets(caller, byTicket.keySet());
        List<BillingLine> lines = byTicket.values().stream().filter(b -> readable.contains(b.ticketProtocol()))
                .map(b -> {
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

    /**
     * What the billing report can be asked for, by a part of its name: customers and organizations (members'
     * tickets) that have a ticket the caller may read, by name, at most {@value #MAX_SUBJECTS} of each. Empty for
     * blank text.
     */
    public List<BillingSubject> billingSubjects(String text) {
        Caller caller = mayViewReports();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        String scope = TicketScope.condition(caller, parameters);
        parameters.put("text", SearchText.containing(text));
        List<BillingSubject> subjects = new ArrayList<>();
        subjects.addAll(named(BillingSubject.Kind.CUSTOMER, "SELECT c.id, c.name, o.name FROM Customer c "
                + "LEFT JOIN c.organization o WHERE LOWER(c.name) LIKE :text ESCAPE '!'"
                + (scope == null ? "" : " AND EXISTS (SELECT t.protocol FROM Ticket t WHERE t.customer.id = c.id"
                + " AND " + scope + ")")
                + " ORDER BY c.name, c.id", parameters));
        subjects.addAll(named(BillingSubject.Kind.ORGANIZATION, "SELECT o.id, o.name FROM Organization o "
                + "WHERE LOWER(o.name) LIKE :text ESCAPE '!'"
                + (scope == null ? "" : " AND EXISTS (SELECT t.protocol FROM Ticket t JOIN t.customer m"
                + " WHERE m.organization.id = o.id AND " + scope + ")")
                + " ORDER BY o.name, o.id", parameters));
        return List.copyOf(subjects);
    }

    private List<BillingSubject> named(BillingSubject.Kind kind, String jpql, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(MAX_SUBJECTS).getResultList().stream()
                .map(row -> new BillingSubject(kind, (Long) row[0], (String) row[1],
                        kind == BillingSubject.Kind.CUSTOMER ? (String) row[2] : null))
                .toList();
    }

    private Caller mayViewReports() {
        Caller caller = currentUser.caller();
        if (!caller.permissions().viewReports()) {
            throw new AccessDeniedException("The agent's permission group does not grant reports");
        }
        return caller;
    }

    /** Those of the tickets the caller may read, by the ticket list's rule. */
    private Set<Long> readableTickets(Caller caller, Collection<Long> protocols) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = TicketScope.condition(caller, parameters);
        if (scope == null) {
            return Set.copyOf(protocols);
        }
        List<Long> all = List.copyOf(protocols);
        Set<Long> readable = new HashSet<>();
        for (int from = 0; from < all.size(); from += SCOPE_CHUNK) {
            TypedQuery<Long> query = em.createQuery("SELECT t.protocol FROM Ticket t WHERE t.protocol IN :protocols"
                    + " AND " + scope, Long.class)
                    .setParameter("protocols", all.subList(from, Math.min(all.size(), from + SCOPE_CHUNK)));
            parameters.forEach(query::setParameter);
            readable.addAll(query.getResultList());
        }
        return readable;
    }

    private static Optional<SlaRule> nearest(List<SlaRule> rules, SlaRuleKind kind, Ticket ticket) {
        Customer customer = ticket.customer();
        return RuleSelector.nearest(rules.stream().filter(r -> r.kind() == kind).toList(), SlaRule::scope,
                SlaRule::key, customer.id(), customer.organizationChain(), ticket.department().id(),
                ticket.category().id(), ticket.priority());
    }
}
