package dev.helpdesk.workspace.application;

import dev.helpdesk.customfield.application.CustomFieldValues;
import dev.helpdesk.customfield.application.FieldValue;
import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.domain.CustomerData;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.shared.domain.SearchText;
import dev.helpdesk.sla.application.SlaReadings;
import dev.helpdesk.ticket.application.TicketScope;
import dev.helpdesk.ticket.domain.TicketSituation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Read side of tickets, scoped to the caller ({@link TicketScope}): administrators see everything, managers their
 * departments and their team's internal requests, plain agents what their permission group grants, customers their
 * own tickets. Customer data the caller's group does not grant is masked. Lists are keyset-paginated on the protocol
 * (newest first), one query per page and no count.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.CUSTOMER})
public class TicketQuery {

    public static final int MAX_PAGE_SIZE = 100;

    /*
     * Entity joins (JOIN Customer c ON ...), not association joins: the filters below then compare the ticket's own
     * foreign keys (t.customer.id is ticket.customer_id), so PostgreSQL can walk the ticket index newest first and
     * stop after one page instead of joining the whole scope first. Internal tickets have a requesting agent (rq)
     * instead of a customer.
     */
    private static final String SUMMARY = "SELECT new dev.helpdesk.workspace.application.TicketSummary("
            + "t.protocol, t.publicId, t.type, t.subject, c.id, COALESCE(c.name, rq.name), "
            + "COALESCE(c.email, rq.email), o.name, d.id, d.name, cat.name, st.name, ag.name, t.situation, t.priority, "
            + "t.createdAt, t.updatedAt, dl.dueAt, dl.stoppedAt, dl.id) "
            + "FROM Ticket t LEFT JOIN Customer c ON c.id = t.customer.id "
            + "LEFT JOIN Agent rq ON rq.id = t.requesterAgent.id JOIN Department d ON d.id = t.department.id "
            + "JOIN Category cat ON cat.id = t.category.id LEFT JOIN Organization o ON o.id = c.organization.id "
            + "LEFT JOIN TicketStatus st ON st.id = t.status.id LEFT JOIN Agent ag ON ag.id = t.assignedAgent.id "
            + "LEFT JOIN SlaClock dl ON dl.ticketProtocol = t.protocol AND dl.kind = "
            + "dev.helpdesk.sla.domain.SlaClockKind.DEADLINE ";

    private static final List<TicketSituation> CLOSED = Arrays.stream(TicketSituation.values())
            .filter(TicketSituation::isClosed).toList();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private CustomFieldValues customFields;

    @EJB
    private SlaReadings slaReadings;

    /**
     * The caller's tickets matching the filter, newest first, starting after the protocol {@code before} (null for
     * the first page). One query, no count.
     */
    public TicketPage list(TicketFilter filter, Long before, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        Caller caller = currentUser.caller();
        StringBuilder jpql = new StringBuilder(SUMMARY).append("WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        String scope = TicketScope.condition(caller, parameters);
        if (scope != null) {
            jpql.append(" AND ").append(scope);
        }
        if (caller.isAgent()) {
            if (filter.view() == TicketFilter.View.MINE) {
                jpql.append(" AND t.assignedAgent.id = :me");
                parameters.put("me", caller.id());
            } else if (filter.view() == TicketFilter.View.QUEUE) {
                jpql.append(" AND t.assignedAgent IS NULL");
            }
        }
        if (filter.state() != null) {
            jpql.append(filter.state() == TicketFilter.State.OPEN ? " AND t.situation NOT IN :closed"
                    : " AND t.situation IN :closed");
            parameters.put("closed", CLOSED);
        }
        if (filter.departmentId() != null) {
            jpql.append(" AND t.department.id = :departmentId");
            parameters.put("departmentId", filter.departmentId());
        }
        if (filter.organizationId() != null) {
            jpql.append(" AND t.customer.id IN (SELECT mo.id FROM Customer mo"
                    + " WHERE mo.organization.id = :organizationId)");
            parameters.put("organizationId", filter.organizationId());
        }
        if (filter.priority() != null) {
            jpql.append(" AND t.priority = :priority");
            parameters.put("priority", filter.priority());
        }
        if (filter.text() != null) {
            appendTextCondition(jpql, parameters, filter.text(), caller.mayViewCustomerData(CustomerData.EMAIL));
        }
        if (before != null) {
            jpql.append(" AND t.protocol < :before");
            parameters.put("before", before);
        }
        jpql.append(" ORDER BY t.protocol DESC");
        TypedQuery<TicketSummary> query = em.createQuery(jpql.toString(), TicketSummary.class);
        parameters.forEach(query::setParameter);
        List<TicketSummary> rows = query.setMaxResults(size + 1).getResultList().stream()
                .map(row -> caller.mayViewCustomerData(CustomerData.EMAIL) ? row : row.withoutCustomerEmail())
                .toList();
        if (rows.size() <= size) {
            return new TicketPage(rows, null);
        }
        List<TicketSummary> page = rows.subList(0, size);
        return new TicketPage(List.copyOf(page), page.get(size - 1).protocol());
    }

    /**
     * Text matches the subject or message, or the customer's name, e-mail (for those who may see it) or
     * organization; a number also matches the protocol. Each part is a condition of its own table, so that
     * PostgreSQL's trigram indexes serve it.
     */
    private static void appendTextCondition(StringBuilder jpql, Map<String, Object> parameters, String text,
                                            boolean byEmail) {
        jpql.append(" AND (LOWER(t.subject) LIKE :text ESCAPE '!' OR LOWER(t.message) LIKE :text ESCAPE '!'"
                + " OR t.customer.id IN (SELECT m.id FROM Customer m WHERE LOWER(m.name) LIKE :text ESCAPE '!'"
                + (byEmail ? " OR m.email LIKE :text ESCAPE '!'" : "")
                + " OR m.organization.id IN"
                + " (SELECT o2.id FROM Organization o2 WHERE LOWER(o2.name) LIKE :text ESCAPE '!'))");
        parameters.put("text", SearchText.containing(text));
        if (text.matches("#?\\d{1,18}")) {
            jpql.append(" OR t.protocol = :protocol");
            parameters.put("protocol", Long.parseLong(text.replace("#", "")));
        }
        jpql.append(")");
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
     * The caller's open tickets just newer and just older than {@code protocol}, to step through them in the order
     * of the list (newest first). Two index lookups on the protocol.
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
                .setParameter("closed", CLOSED);
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
