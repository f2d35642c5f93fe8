package dev.helpdesk.workspace.application;

import dev.helpdesk.customfield.application.CustomFieldValues;
import dev.helpdesk.customfield.application.FieldValue;
import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.domain.CustomerData;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.shared.infrastructure.Settings;
import dev.helpdesk.sla.application.SlaReadings;
import dev.helpdesk.ticket.application.TicketScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Read side of tickets, scoped to the caller ({@link TicketScope}): administrators see everything, managers their
 * departments and their team's internal requests, plain agents what their permission group grants, customers their
 * own tickets. Customer data the caller's group does not grant is masked. Lists are keyset-paginated in any of
 * their orders ({@link TicketSort}), one query per page, and counted apart.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.CUSTOMER})
public class TicketQuery {

    public static final int MAX_PAGE_SIZE = 100;

    /*
     * Entity joins (JOIN Customer c ON ...), not association joins: the filters below then compare the ticket's own
     * foreign keys (t.customer.id is ticket.customer_id), so PostgreSQL can walk the ticket index newest first and
     * stop after one page instead of joining the whole scope first. Internal tickets have a requesting agent (rq)
     * instead of a customer. The deadline clock (dl) comes first: with nine tables PostgreSQL keeps the written join
     * order, and only there can the deadline order start from the index of running deadlines.
     */
    private static final String SUMMARY = "SELECT new dev.helpdesk.workspace.application.TicketSummary("
            + "t.protocol, t.publicId, t.type, t.subject, c.id, COALESCE(c.name, rq.name), "
            + "COALESCE(c.email, rq.email), o.name, d.id, d.name, cat.name, st.name, ag.name, t.situation, t.priority, "
            + "t.createdAt, t.updatedAt, dl.dueAt, dl.stoppedAt, dl.id) "
            + "FROM Ticket t LEFT JOIN SlaClock dl ON dl.ticketProtocol = t.protocol AND dl.kind = "
            + "dev.helpdesk.sla.domain.SlaClockKind.DEADLINE "
            + "LEFT JOIN Customer c ON c.id = t.customer.id "
            + "LEFT JOIN Agent rq ON rq.id = t.requesterAgent.id JOIN Department d ON d.id = t.department.id "
            + "JOIN Category cat ON cat.id = t.category.id LEFT JOIN Organization o ON o.id = c.organization.id "
            + "LEFT JOIN TicketStatus st ON st.id = t.status.id LEFT JOIN Agent ag ON ag.id = t.assignedAgent.id ";

    private static final ZoneId ZONE = ZoneId.of(Settings.get("timezone", "America/Sao_Paulo"));

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private CustomFieldValues customFields;

    @EJB
    private SlaReadings slaReadings;

    @Inject
    private Clock clock;

    /**
     * The caller's tickets matching the filter in the order asked for, starting after {@code after} (null for the
     * first page). One query per page, no count; only the page where tickets with a running deadline give way to
     * those without one takes two.
     */
    public TicketPage list(TicketFilter filter, TicketSort sort, TicketSort.Position after, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        Caller caller = currentUser.caller();
        Map<String, Object> parameters = new HashMap<>();
        String conditions = TicketConditions.of(caller, filter, clock.instant(), ZONE, parameters);
        List<TicketSummary> rows;
        if (sort.key() != TicketSort.Key.DEADLINE) {
            rows = page(conditions, parameters, TicketOrder.of(sort, after), size + 1);
        } else {
            boolean inRunningPart = after == null || after.value() != null;
            rows = inRunningPart ? page(conditions, parameters, TicketOrder.runningDeadlines(sort, after), size + 1)
                    : new ArrayList<>();
            if (rows.size() <= size) {
                TicketSort.Position rest = inRunningPart ? null : after;
                rows = new ArrayList<>(rows);
                rows.addAll(page(conditions, parameters, TicketOrder.withoutRunningDeadline(sort, rest),
                        size + 1 - rows.size()));
            }
        }
        List<TicketSummary> visible = rows.stream()
                .map(row -> caller.mayViewCustomerData(CustomerData.EMAIL) ? row : row.withoutCustomerEmail())
                .toList();
        if (visible.size() <= size) {
            return new TicketPage(visible, null);
        }
        List<TicketSummary> page = List.copyOf(visible.subList(0, size));
        return new TicketPage(page, sort.positionOf(page.get(size - 1)));
    }

    /** How many of the caller's tickets match the filter: the list's count and the panels' counters. */
    public long count(TicketFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String conditions = TicketConditions.of(currentUser.caller(), filter, clock.instant(), ZONE, parameters);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE " + conditions, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The side navigation's counters of the calling agent. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public DeskCounts deskCounts() {
        Map<DeskCounter, Long> counts = new EnumMap<>(DeskCounter.class);
        for (DeskCounter counter : DeskCounter.values()) {
            counts.put(counter, count(counter.filter()));
        }
        return new DeskCounts(counts);
    }

    private List<TicketSummary> page(String conditions, Map<String, Object> filterParameters, TicketOrder order,
                                     int limit) {
        Map<String, Object> parameters = new HashMap<>(filterParameters);
        parameters.putAll(order.parameters());
        TypedQuery<TicketSummary> query = em.createQuery(SUMMARY + "WHERE " + conditions + order.condition()
                + order.orderBy(), TicketSummary.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** One ticket with its conversation; a ticket outside the caller's scope is reported as not found. */
    public TicketDetail detail(long protocol) {
        Caller caller = currentUser.caller();
        TicketHeader head = visibleTicket(caller, protocol);
        List<AttachmentInfo> attachments = em.createQuery("SELECT new dev.helpdesk.workspace.application.AttachmentInfo("
                        + "a.id, r.id, a.fileName, a.contentType, a.sizeBytes) FROM Attachment a LEFT JOIN a.reply r "
                        + "WHERE a.ticket.protocol = :protocol ORDER BY a.id", AttachmentInfo.class)
                .setParameter("protocol", protocol)
                .getResultList();
        Map<Long, List<AttachmentInfo>> byReply = attachments.stream().filter(a -> a.replyId() != null)
                .collect(Collectors.groupingBy(AttachmentInfo::replyId));
        List<MessageView> replies = em.createQuery("SELECT r.id, aa.name, ac.name, r.body, r.internal, r.createdAt, r.bodyHtml "
                        + "FROM Reply r LEFT JOIN r.authorAgent aa LEFT JOIN r.authorCustomer ac "
                        + "WHERE r.ticket.protocol = :protocol"
                        + (caller.isAgent() ? "" : " AND r.internal = FALSE")
                        + " ORDER BY r.id", Object[].class)
                .setParameter("protocol", protocol)
                .getResultList().stream()
                .map(row -> toMessage(row, byReply))
                .toList();
        List<AttachmentInfo> visibleAttachments = attachments.stream()
                .filter(a -> a.replyId() == null || replies.stream().anyMatch(r -> r.id().equals(a.replyId())))
                .toList();
        List<FieldValue> fields = customFields.ofTicket(protocol);
        return head.masked(caller).with(visibleAttachments, replies,
                caller.isAgent() ? history(protocol) : List.of(), caller.isAgent() ? schedule(protocol) : null, fields,
                caller.isAgent() ? slaReadings.ofTicket(protocol) : List.of());
    }

    /**
     * The tickets just before and just after {@code protocol} in the caller's list of that filter and order, to step
     * through the list an agent opened the ticket from. The ticket need not match the filter any longer (taken from
     * the queue, say): its neighbours are those on either side of where it would be. Two one-row pages of the list,
     * and the ticket's own row; none for a ticket outside the caller's scope.
     */
    public TicketNeighbours neighbours(long protocol, TicketFilter filter, TicketSort sort) {
        Caller caller = currentUser.caller();
        Map<String, Object> scope = new HashMap<>();
        String scoped = TicketConditions.of(caller, TicketFilter.everything(), clock.instant(), ZONE, scope);
        scope.put("current", protocol);
        List<TicketSummary> current = page(scoped + " AND t.protocol = :current", scope,
                TicketOrder.of(TicketSort.NEWEST_FIRST, null), 1);
        if (current.isEmpty()) {
            return TicketNeighbours.NONE;
        }
        TicketSort.Position here = sort.positionOf(current.get(0));
        Map<String, Object> parameters = new HashMap<>();
        String conditions = TicketConditions.of(caller, filter, clock.instant(), ZONE, parameters);
        Long next = list(filter, sort, here, 1).items().stream().findFirst().map(TicketSummary::protocol)
                .orElse(null);
        return new TicketNeighbours(previous(conditions, parameters, sort, here), next);
    }

    /**
     * The row before a position: the first after it in the opposite direction. The deadline order is not its own
     * mirror (tickets without a running deadline come last either way), so there the running part and the rest
     * are stepped back through apart.
     */
    private Long previous(String conditions, Map<String, Object> parameters, TicketSort sort,
                          TicketSort.Position here) {
        TicketSort backwards = new TicketSort(sort.key(), !sort.ascending());
        List<TicketSummary> rows;
        if (sort.key() != TicketSort.Key.DEADLINE) {
            rows = page(conditions, parameters, TicketOrder.of(backwards, here), 1);
        } else if (here.value() != null) {
            rows = page(conditions, parameters, TicketOrder.runningDeadlines(backwards, here), 1);
        } else {
            rows = page(conditions, parameters, TicketOrder.withoutRunningDeadline(backwards, here), 1);
            if (rows.isEmpty()) {
                rows = page(conditions, parameters, TicketOrder.runningDeadlines(backwards, null), 1);
            }
        }
        return rows.isEmpty() ? null : rows.get(0).protocol();
    }

    /**
     * The caller's open tickets just newer and just older than {@code protocol}, to step through them in the order
     * of the list (newest first), for a ticket opened from elsewhere than a list. Two index lookups on the protocol.
     */
    public TicketNeighbours openNeighbours(long protocol) {
        return new TicketNeighbours(openNeighbour(protocol, "MIN", ">"), openNeighbour(protocol, "MAX", "<"));
    }

    private Long openNeighbour(long protocol, String aggregate, String side) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = TicketScope.condition(currentUser.caller(), parameters);
        TypedQuery<Long> query = em.createQuery("SELECT " + aggregate + "(t.protocol) FROM Ticket t WHERE t.protocol "
                + side + " :protocol AND t.situation NOT IN :closed" + (scope == null ? "" : " AND " + scope),
                Long.class)
                .setParameter("protocol", protocol)
                .setParameter("closed", TicketConditions.CLOSED);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * The ticket a webhook event names by its public id, as {@link #detail(long)} shows it; outside the caller's
     * scope, or unknown, it is not found.
     */
    public TicketDetail detailByPublicId(String publicId) {
        Caller caller = currentUser.caller();
        Map<String, Object> parameters = new HashMap<>();
        String scope = TicketScope.condition(caller, parameters);
        TypedQuery<Long> query = em.createQuery("SELECT t.protocol FROM Ticket t WHERE t.publicId = :publicId"
                + (scope == null ? "" : " AND " + scope), Long.class)
                .setParameter("publicId", publicId);
        parameters.forEach(query::setParameter);
        return detail(query.getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("ticket", publicId)));
    }

    private ScheduleView schedule(long protocol) {
        return em.createQuery("SELECT new dev.helpdesk.workspace.application.ScheduleView(t.schedule.start, sa.id, "
                        + "sa.name) FROM Ticket t JOIN t.schedule.agent sa WHERE t.protocol = :protocol "
                        + "AND t.schedule.start IS NOT NULL", ScheduleView.class)
                .setParameter("protocol", protocol)
                .getResultList().stream().findFirst().orElse(null);
    }

    private List<HistoryEntry> history(long protocol) {
        return em.createQuery("SELECT new dev.helpdesk.workspace.application.HistoryEntry("
                        + "e.kind, COALESCE(aa.name, ac.name), e.before, e.after, e.createdAt) "
                        + "FROM TicketEvent e LEFT JOIN e.actorAgent aa LEFT JOIN e.actorCustomer ac "
                        + "WHERE e.ticket.protocol = :protocol ORDER BY e.id", HistoryEntry.class)
                .setParameter("protocol", protocol)
                .getResultList();
    }

    /** An attachment's bytes, if the caller may see the ticket (and, for customers, the reply) it belongs to. */
    public AttachmentContent attachment(long attachmentId) {
        Object[] row = em.createQuery("SELECT a.ticket.protocol, r.internal FROM Attachment a LEFT JOIN a.reply r "
                        + "WHERE a.id = :id", Object[].class)
                .setParameter("id", attachmentId)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        Caller caller = currentUser.caller();
        visibleTicket(caller, (Long) row[0]);
        if (!caller.isAgent() && Boolean.TRUE.equals(row[1])) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return em.createQuery("SELECT new dev.helpdesk.workspace.application.AttachmentContent("
                        + "a.ticket.protocol, a.fileName, a.contentType, a.content) FROM Attachment a WHERE a.id = :id",
                        AttachmentContent.class)
                .setParameter("id", attachmentId)
                .getSingleResult();
    }

    private TicketHeader visibleTicket(Caller caller, long protocol) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = TicketScope.condition(caller, parameters);
        TypedQuery<TicketHeader> query = em.createQuery("SELECT new dev.helpdesk.workspace.application.TicketHeader("
                        + "t.protocol, t.publicId, t.type, t.channel, t.subject, t.message, d.id, d.name, cat.id, "
                        + "cat.name, c.id, COALESCE(c.name, rq.name), COALESCE(c.email, rq.email), c.phone, rq.id, "
                        + "st.id, st.name, ag.id, ag.name, t.situation, t.priority, t.createdAt, t.updatedAt, "
                        + "t.closedAt) "
                        + "FROM Ticket t LEFT JOIN t.customer c LEFT JOIN t.requesterAgent rq JOIN t.department d "
                        + "JOIN t.category cat LEFT JOIN t.status st LEFT JOIN t.assignedAgent ag "
                        + "WHERE t.protocol = :protocol" + (scope == null ? "" : " AND " + scope), TicketHeader.class)
                .setParameter("protocol", protocol);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("ticket", protocol));
    }

    private static MessageView toMessage(Object[] row, Map<Long, List<AttachmentInfo>> attachmentsByReply) {
        Long id = (Long) row[0];
        MessageView.AuthorKind kind = row[1] != null ? MessageView.AuthorKind.AGENT
                : row[2] != null ? MessageView.AuthorKind.CUSTOMER : MessageView.AuthorKind.SYSTEM;
        return new MessageView(id, kind, (String) (row[1] != null ? row[1] : row[2]), (String) row[3],
                (String) row[6], (Boolean) row[4], (Instant) row[5], attachmentsByReply.getOrDefault(id, List.of()));
    }
}
