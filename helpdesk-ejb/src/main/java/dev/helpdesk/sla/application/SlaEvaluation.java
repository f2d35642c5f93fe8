package dev.helpdesk.sla.application;

import dev.helpdesk.calendar.domain.Holiday;
import dev.helpdesk.calendar.domain.WorkCalendar;
import dev.helpdesk.directory.application.AccountMailRecipientsService;
import dev.helpdesk.directory.domain.AccountMail;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.sla.domain.SlaAlert;
import dev.helpdesk.sla.domain.SlaClock;
import dev.helpdesk.sla.domain.SlaState;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the SLA evaluation job does with each running clock, inside the job's chunk transaction: the level it newly
 * reached is remembered on the clock and becomes alerts for the ticket's assignee and its department's managers,
 * with their e-mails, in the same commit, so a job restarted after a crash never alerts twice.
 */
@Stateless
@LocalBean
@PermitAll
public class SlaEvaluation {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SlaCalendars calendars;

    @EJB
    private Outbox outbox;

    @EJB
    private AccountMailRecipientsService accountMails;

    public long countRunningClocks() {
        return em.createQuery("SELECT COUNT(c) FROM SlaClock c WHERE c.stoppedAt IS NULL AND c.dueAt IS NOT NULL",
                Long.class).getSingleResult();
    }

    /** The next running clocks after {@code afterId}, by id: the job's keyset reader. */
    public List<Long> runningClockIds(long afterId, int max) {
        return em.createQuery("SELECT c.id FROM SlaClock c WHERE c.stoppedAt IS NULL AND c.dueAt IS NOT NULL "
                        + "AND c.id > :after ORDER BY c.id", Long.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Evaluates the clocks at {@code now}; answers how many alerts were raised (each also mailed). A chunk is read
     * in a few queries whatever its size: the clocks with their periods, then the tickets and the managers of the
     * clocks that reached a level.
     */
    public int evaluate(List<Long> clockIds, Instant now) {
        if (clockIds.isEmpty()) {
            return 0;
        }
        List<Holiday> holidays = calendars.holidays();
        Map<Long, WorkCalendar> calendarByShift = new HashMap<>();
        Map<SlaClock, SlaState> reached = new LinkedHashMap<>();
        for (SlaClock clock : em.createQuery("SELECT c FROM SlaClock c LEFT JOIN FETCH c.periods "
                        + "WHERE c.id IN :ids", SlaClock.class)
                .setParameter("ids", clockIds)
                .getResultList()) {
            WorkCalendar calendar = calendarByShift.computeIfAbsent(clock.shift().id(),
                    id -> calendars.of(clock.shift(), holidays));
            clock.escalate(calendar, now).ifPresent(level -> reached.put(clock, level));
        }
        if (reached.isEmpty()) {
            return 0;
        }
        Map<Long, Ticket> tickets = ticketsOf(reached.keySet());
        Map<Long, List<Agent>> managers = managersOf(tickets.values());
        List<Agent> administrators = accountMails.administratorsFor(AccountMail.SLA_ALERT);
        List<MailDraft> mails = new ArrayList<>();
        reached.forEach((clock, level) -> {
            Ticket ticket = tickets.get(clock.ticketProtocol());
            Instant due = clock.due(calendarByShift.get(clock.shift().id()), now);
            for (Agent agent : recipients(ticket, managers, administrators)) {
                em.persist(new SlaAlert(clock.ticketProtocol(), clock.kind(), level, agent.id(), now));
                mails.add(alertMail(ticket, clock, level, agent, due));
            }
        });
        outbox.writeAll(mails);
        return mails.size();
    }

    private Map<Long, Ticket> ticketsOf(Collection<SlaClock> clocks) {
        return em.createQuery("SELECT t FROM Ticket t LEFT JOIN FETCH t.assignedAgent WHERE t.protocol IN :protocols",
                        Ticket.class)
                .setParameter("protocols", clocks.stream().map(SlaClock::ticketProtocol).distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(Ticket::protocol, t -> t));
    }

    /** The active managers of the tickets' departments, by department id. */
    private Map<Long, List<Agent>> managersOf(Collection<Ticket> tickets) {
        return em.createQuery("SELECT d.id, a FROM Agent a JOIN a.departments d WHERE d.id IN :departments "
                        + "AND a.role = :manager AND a.active = TRUE", Object[].class)
                .setParameter("departments", tickets.stream().map(t -> t.department().id()).distinct().toList())
                .setParameter("manager", AgentRole.MANAGER)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (Agent) row[1], Collectors.toList())));
    }

    private static MailDraft alertMail(Ticket ticket, SlaClock clock, SlaState level, Agent agent, Instant due) {
        String protocol = String.valueOf(ticket.protocol());
        String levelText = MailTexts.text("slaLevel." + level.name(), agent.language());
        return new MailDraft("sla-alert:" + protocol + ":" + clock.kind() + ":" + level + ":" + agent.id(),
                agent.email(), MailTexts.subject("slaAlert", agent.language(), protocol, levelText),
                MailTexts.body("slaAlert", agent.language(), protocol, levelText, agent.name(), ticket.subject(),
                        MailTexts.text("slaKind." + clock.kind().name(), agent.language()),
                        due == null ? "-" : MailTexts.when(due, agent.language())),
                ticket.protocol());
    }

    /**
     * The ticket's assignee, its department's active managers and the administrators chosen for SLA alerts among
     * the account mails, each once.
     */
    private static Set<Agent> recipients(Ticket ticket, Map<Long, List<Agent>> managers,
                                         List<Agent> administrators) {
        Set<Agent> recipients = new LinkedHashSet<>();
        if (ticket.assignedAgent() != null && ticket.assignedAgent().isActive()) {
            recipients.add(ticket.assignedAgent());
        }
        recipients.addAll(managers.getOrDefault(ticket.department().id(), List.of()));
        recipients.addAll(administrators);
        return recipients;
    }
}
