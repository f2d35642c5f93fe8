package dev.helpdesk.notification.application;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.notification.domain.MailPolicy;
import dev.helpdesk.notification.domain.NotificationKind;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.infrastructure.PublicUrl;
import dev.helpdesk.ticket.domain.RichText;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.event.RequesterReplied;
import dev.helpdesk.ticket.domain.event.TicketAnswered;
import dev.helpdesk.ticket.domain.event.TicketAssigned;
import dev.helpdesk.ticket.domain.event.TicketDeleted;
import dev.helpdesk.ticket.domain.event.TicketFinished;
import dev.helpdesk.ticket.domain.event.TicketOpened;
import dev.helpdesk.ticket.domain.event.TicketStatusChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The e-mails a ticket's life sends (C3), written to the outbox in the transaction of the change: to agents as their
 * preferences allow (C4), to the customer as the account's policy allows, in each recipient's language, from the
 * administrator's templates or the built-in ones. Nobody is mailed about what they did themselves. Internal: observes
 * the ticket's events; the mail intake asks for the confirmation of a ticket opened by mail.
 */
@Stateless
@LocalBean
@PermitAll
public class Notifications {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    @EJB
    private MailTemplates templates;

    public void opened(@Observes TicketOpened opened) {
        Ticket ticket = opened.ticket();
        toAgents(NotificationKind.NEW_TICKET, ticket, departmentAgents(ticket), opened.openedBy(), ticket.message());
    }

    /**
     * Confirms to the customer, with the protocol, a ticket their e-mail opened, when the account asks for it: an
     * automatic answer to their mail (RFC 3834's {@code auto-replied}). The dedup key names the ticket: one
     * confirmation per ticket, however often the mail is seen.
     */
    public void receivedByMail(Ticket ticket) {
        MailPolicy policy = em.find(MailPolicy.class, MailPolicy.ID);
        if (policy.confirmsMailTickets() && ticket.customer() != null && ticket.customer().isActive()) {
            MailDraft draft = mail(templates.ofKind(NotificationKind.TICKET_RECEIVED), ticket, ticket.customer(),
                    ticket.message(), "/customer/ticket.xhtml");
            outbox.write(draft.asAutoReply("received:" + ticket.protocol()));
        }
    }

    /**
     * Confirms to the customer, with the protocol, a ticket they opened with the public contact form: the page said
     * it was received, the mail tells the address's owner its protocol and where to follow it. One per ticket.
     */
    public void receivedByContactForm(Ticket ticket) {
        if (ticket.customer() != null && ticket.customer().isActive()) {
            MailDraft draft = mail(templates.ofKind(NotificationKind.TICKET_RECEIVED), ticket, ticket.customer(),
                    ticket.message(), "/customer/ticket.xhtml");
            outbox.write(new MailDraft("received:" + ticket.protocol(), draft.recipient(), draft.subject(),
                    draft.body(), ticket.protocol()));
        }
    }

    public void answered(@Observes TicketAnswered answered) {
        toRequester(NotificationKind.TICKET_ANSWERED, answered.ticket(), answered.by(), answered.message(),
                answered.messageHtml());
    }

    public void requesterReplied(@Observes RequesterReplied replied) {
        Ticket ticket = replied.ticket();
        List<Agent> recipients = ticket.assignedAgent() != null && ticket.assignedAgent().isActive()
                ? List.of(ticket.assignedAgent()) : departmentAgents(ticket);
        toAgents(NotificationKind.CUSTOMER_REPLIED, ticket, recipients, replied.by(), replied.message());
    }

    public void assigned(@Observes TicketAssigned assigned) {
        Ticket ticket = assigned.ticket();
        if (ticket.assignedAgent() != null) {
            toAgents(NotificationKind.TICKET_ASSIGNED, ticket, List.of(ticket.assignedAgent()), assigned.by(), "");
        }
    }

    public void statusChanged(@Observes TicketStatusChanged changed) {
        if (changed.ticket().status() != null) {
            toRequester(NotificationKind.STATUS_CHANGED, changed.ticket(), changed.by(), "");
        }
    }

    public void finished(@Observes TicketFinished finished) {
        toRequester(NotificationKind.TICKET_FINISHED, finished.ticket(), finished.by(), "");
    }

    /** A deleted ticket's unsent mails go with it; the sent ones stay on record without it. */
    public void deleted(@Observes TicketDeleted deleted) {
        outbox.forgetTicket(deleted.protocol());
    }

    private void toAgents(NotificationKind kind, Ticket ticket, List<Agent> candidates, Person actor,
                          String message) {
        Set<Long> optedOut = optedOut(kind, candidates);
        Map<Language, TemplateView> texts = templates.ofKind(kind);
        List<MailDraft> mails = new ArrayList<>();
        for (Agent agent : new LinkedHashSet<>(candidates)) {
            if (agent.isActive() && !optedOut.contains(agent.id()) && !isSamePerson(agent, actor)) {
                mails.add(mail(texts, ticket, agent, message, "/agent/ticket.xhtml"));
            }
        }
        outbox.writeAll(mails);
    }

    /** The customer of an external ticket, as the account's policy allows; the agent who opened an internal one. */
    private void toRequester(NotificationKind kind, Ticket ticket, Person actor, String message) {
        toRequester(kind, ticket, actor, message, null);
    }

    /** With {@code messageHtml}, a rich answer's sanitized HTML, the mail has an HTML part beside its text. */
    private void toRequester(NotificationKind kind, Ticket ticket, Person actor, String message,
                             String messageHtml) {
        if (ticket.customer() != null) {
            MailPolicy policy = em.find(MailPolicy.class, MailPolicy.ID);
            if (policy.customerMailPolicy().sends(ticket.notifiesCustomer()) && ticket.customer().isActive()
                    && !isSamePerson(ticket.customer(), actor)) {
                outbox.write(mail(templates.ofKind(kind), ticket, ticket.customer(), message, messageHtml,
                        "/customer/ticket.xhtml"));
            }
        } else if (ticket.requesterAgent() != null && ticket.requesterAgent().isActive()
                && !isSamePerson(ticket.requesterAgent(), actor)) {
            outbox.write(mail(templates.ofKind(kind), ticket, ticket.requesterAgent(), message, messageHtml,
                    "/agent/ticket.xhtml"));
        }
    }

    private MailDraft mail(Map<Language, TemplateView> texts, Ticket ticket, Person recipient, String message,
                           String page) {
        return mail(texts, ticket, recipient, message, null, page);
    }

    private MailDraft mail(Map<Language, TemplateView> texts, Ticket ticket, Person recipient, String message,
                           String messageHtml, String page) {
        Map<String, String> values = new HashMap<>(Map.of(
                "protocolo", String.valueOf(ticket.protocol()),
                "assunto", ticket.subject(),
                "departamento", ticket.department().name(),
                "cliente.nome", ticket.requester().name(),
                "atendente.nome", ticket.assignedAgent() == null ? "-" : ticket.assignedAgent().name(),
                "destinatario.nome", recipient.name(),
                "mensagem", message == null ? "" : message,
                "status", ticket.status() == null ? "-" : ticket.status().name(),
                "link", PublicUrl.configured().at(page) + "?protocol=" + ticket.protocol()));
        TemplateView text = texts.get(recipient.language());
        String[] rendered = MailTemplates.render(text, values);
        MailDraft draft = new MailDraft("notify:" + text.kind() + ":" + UUID.randomUUID(), recipient.email(),
                rendered[0], rendered[1], ticket.protocol());
        if (messageHtml == null) {
            return draft;
        }
        String marker = "@@helpdesk-message-html@@";
        values.put("mensagem", marker);
        return draft.withHtml(RichText.textWithHtml(MailTemplates.render(text, values)[1], marker,
                RichText.forMail(messageHtml)));
    }

    private List<Agent> departmentAgents(Ticket ticket) {
        return em.createQuery("SELECT a FROM Agent a JOIN a.departments d WHERE d.id = :department "
                        + "AND a.active = TRUE ORDER BY a.id", Agent.class)
                .setParameter("department", ticket.department().id())
                .getResultList();
    }

    private Set<Long> optedOut(NotificationKind kind, List<Agent> agents) {
        if (agents.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT p.agentId FROM MailPreference p WHERE p.kind = :kind "
                        + "AND p.enabled = FALSE AND p.agentId IN :agents", Long.class)
                .setParameter("kind", kind)
                .setParameter("agents", agents.stream().map(Agent::id).toList())
                .getResultList());
    }

    private static boolean isSamePerson(Person recipient, Person actor) {
        return actor != null && recipient.email().equalsIgnoreCase(actor.email());
    }
}
