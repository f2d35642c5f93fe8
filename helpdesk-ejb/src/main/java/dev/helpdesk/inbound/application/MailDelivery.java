package dev.helpdesk.inbound.application;

import dev.helpdesk.account.domain.AccountSettings;
import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.inbound.domain.InboundMailbox;
import dev.helpdesk.inbound.domain.ParsedMail;
import dev.helpdesk.inbound.domain.QuotedText;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.notification.application.Notifications;
import dev.helpdesk.notification.domain.MailPolicy;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.application.TicketService;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a mail into a reply to the ticket it answers, or into a new ticket in the mailbox's department. A mail
 * answers a ticket when it comes from the ticket's customer and names the ticket: by the thread id the help desk's
 * mails carry, by the Message-ID of a mail about the ticket (sent or received), or by "[#protocol]" in the subject.
 * Anyone else's mail, or one about a finished ticket, opens a new ticket: a guessed protocol never lets a stranger
 * write into someone's ticket.
 */
@Stateless
@LocalBean
@PermitAll
public class MailDelivery {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private TicketService tickets;

    @EJB
    private CustomerDirectoryService customers;

    @EJB
    private Notifications notifications;

    public record Delivered(long protocol, boolean reply) {
    }

    public Delivered deliver(InboundMailbox mailbox, ParsedMail mail) {
        AccountSettings settings = em.find(AccountSettings.class, AccountSettings.ID);
        Customer customer = sender(mail, em.find(MailPolicy.class, MailPolicy.ID));
        Optional<Ticket> answered = answeredTicket(mail, customer);
        if (answered.isPresent()) {
            Ticket ticket = answered.get();
            String text = QuotedText.strip(mail.text());
            tickets.replyFromMail(ticket, customer, text.isBlank() ? noText(settings) : cut(text),
                    mail.attachments());
            return new Delivered(ticket.protocol(), true);
        }
        String subject = mail.subject().isBlank() ? MailTexts.text("inbound.noSubject", settings.defaultLanguage())
                : mail.subject();
        Ticket ticket = tickets.openFromMail(customer, mailbox.department(), mailbox.category(),
                Inputs.shortened(subject, Ticket.MAX_SUBJECT_LENGTH),
                mail.text().isBlank() ? noText(settings) : cut(mail.text()), mail.attachments());
        notifications.receivedByMail(ticket);
        return new Delivered(ticket.protocol(), false);
    }

    /** The sender's customer record: registered now when the address is new and the account allows it. */
    private Customer sender(ParsedMail mail, MailPolicy policy) {
        Customer customer = em.createQuery("SELECT c FROM Customer c WHERE c.email = :email", Customer.class)
                .setParameter("email", mail.senderAddress()).getResultStream().findFirst().orElse(null);
        if (customer == null) {
            if (!policy.registersMailSenders()) {
                throw new InvalidInputException("sender", "inbound.reason.unknownSender");
            }
            return customers.registerWithoutPassword(mail.senderAddress(), mail.displayName());
        }
        if (!customer.isActive()) {
            throw new InvalidInputException("sender", "inbound.reason.inactiveCustomer");
        }
        return customer;
    }

    private Optional<Ticket> answeredTicket(ParsedMail mail, Customer customer) {
        for (Long protocol : namedTickets(mail)) {
            Ticket ticket = em.find(Ticket.class, protocol);
            if (ticket != null && ticket.isOwnedBy(customer) && !ticket.situation().isClosed()) {
                return Optional.of(ticket);
            }
        }
        return Optional.empty();
    }

    /** The tickets the mail names, surest first: thread id, known Message-IDs, then the subject. */
    private Set<Long> namedTickets(ParsedMail mail) {
        Set<Long> named = new LinkedHashSet<>();
        mail.threadProtocol().ifPresent(named::add);
        if (!mail.references().isEmpty()) {
            List<String> references = new ArrayList<>(mail.references());
            named.addAll(em.createQuery("SELECT m.ticketProtocol FROM OutboundMail m WHERE m.messageId IN :ids "
                            + "AND m.ticketProtocol IS NOT NULL", Long.class)
                    .setParameter("ids", references).getResultList());
            named.addAll(em.createQuery("SELECT m.ticketProtocol FROM InboundMessage m WHERE m.messageKey IN :ids "
                            + "AND m.ticketProtocol IS NOT NULL", Long.class)
                    .setParameter("ids", references).getResultList());
        }
        mail.subjectProtocol().ifPresent(named::add);
        return named;
    }

    private static String noText(AccountSettings settings) {
        return MailTexts.text("inbound.noText", settings.defaultLanguage());
    }

    private static String cut(String text) {
        return Inputs.shortened(text, Ticket.MAX_MESSAGE_LENGTH);
    }
}
