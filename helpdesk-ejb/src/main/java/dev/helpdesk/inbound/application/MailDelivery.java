package dev.helpdesk.inbound.application;

import dev.helpdesk.account.domain.AccountSettings;
import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.event.CustomerRegistered;
import dev.helpdesk.inbound.domain.InboundMailbox;
import dev.helpdesk.inbound.domain.ParsedMail;
import dev.helpdesk.inbound.domain.QuotedText;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.domain.TicketMailTag;
import dev.helpdesk.notification.application.Notifications;
import dev.helpdesk.notification.domain.MailPolicy;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.infrastructure.ServerKey;
import dev.helpdesk.shared.infrastructure.Settings;
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
import java.util.Optional;
import java.util.Set;

/**
 * Turns a mail into a reply to the ticket it answers, or into a new ticket in the mailbox's department. A mail
 * answers a ticket when it comes from the ticket's customer and names the ticket in a way only the help desk could
 * have written: the ticket's thread id with its code, the Message-ID of a mail the help desk sent about it, or
 * "[#protocol-code]" in the subject. A bare "[#protocol]" (protocols run in order: anyone can write one) or a sender
 * the receiving server failed (SPF, DKIM or DMARC) never joins a ticket: it opens one of its own, or waits in
 * quarantine when the account chose so. Anyone else's mail, or one about a finished ticket, opens a new ticket.
 */
@Stateless
@LocalBean
@PermitAll
public class MailDelivery {

    /** The quarantine reason of a mail naming a ticket it cannot be trusted to belong to. */
    public static final String UNVERIFIED_REPLY = "inbound.reason.unverifiedReply";
    /** HELPDESK_MAIL_AUTHSERV_ID: the receiving server whose Authentication-Results count (else every one's). */
    private static final Optional<String> RECEIVING_SERVER = Settings.get("mail.authserv.id");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private TicketService tickets;

    @EJB
    private CustomerDirectoryService customers;

    @EJB
    private Notifications notifications;

    @EJB
    private SenderBlocklist blocklist;

    private final TicketMailTag tags = new TicketMailTag(ServerKey.box());

    public record Delivered(long protocol, boolean reply) {
    }

    public Delivered deliver(InboundMailbox mailbox, ParsedMail mail) {
        return deliver(mailbox, mail, false);
    }

    /**
     * @param vouched an administrator retrying the mail from quarantine vouches that the ticket it names without a
     *                code is the one it answers
     */
    public Delivered deliver(InboundMailbox mailbox, ParsedMail mail, boolean vouched) {
        if (blocklist.blocking(mail).isPresent()) {
            // the intake records such a mail as blocked; this is a quarantined one retried after its sender was
            // blocked
            throw new InvalidInputException("sender", SenderBlocklist.BLOCKED);
        }
        AccountSettings settings = em.find(AccountSettings.class, AccountSettings.ID);
        MailPolicy policy = em.find(MailPolicy.class, MailPolicy.ID);
        Customer customer = sender(mail, policy);
        Set<Long> trusted = trustedTickets(mail);
        Optional<Long> unsigned = tags.unsignedInSubject(mail.subject());
        boolean senderFailed = mail.authentication().failed(RECEIVING_SERVER);
        if (vouched) {
            unsigned.ifPresent(trusted::add);
        }
        Optional<Ticket> answered = senderFailed && !vouched ? Optional.empty() : openTicketOf(customer, trusted);
        if (answered.isPresent()) {
            Ticket ticket = answered.get();
            String text = QuotedText.strip(mail.text());
            tickets.replyFromMail(ticket, customer, text.isBlank() ? noText(settings) : cut(text),
                    mail.attachments());
            return new Delivered(ticket.protocol(), true);
        }
        boolean unverified = senderFailed && !trusted.isEmpty() || unsigned.isPresent() && trusted.isEmpty();
        if (unverified && !vouched && policy.quarantinesUnverifiedReplies()) {
            throw new InvalidInputException("subject", UNVERIFIED_REPLY);
        }
        String subject = mail.subject().isBlank() ? MailTexts.text("inbound.noSubject", settings.defaultLanguage())
                : mail.subject();
        Ticket ticket = tickets.openFromMail(customer, mailbox.department(), mailbox.category(),
                Inputs.shortened(subject, Ticket.MAX_SUBJECT_LENGTH),
                mail.text().isBlank() ? noText(settings) : cut(mail.text()), mail.attachments());
        if (mail.mayBeAnsweredAutomatically()) {
            // a robot's mail (taken in when an administrator retries it) or one that asks for no automatic answer
            // gets no confirmation: two automatic responders never answer each other
            notifications.receivedByMail(ticket);
        }
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
            return customers.registerWithoutPassword(mail.senderAddress(), mail.displayName(),
                    CustomerRegistered.Channel.MAIL);
        }
        if (!customer.isActive()) {
            throw new InvalidInputException("sender", "inbound.reason.inactiveCustomer");
        }
        return customer;
    }

    private Optional<Ticket> openTicketOf(Customer customer, Set<Long> protocols) {
        for (Long protocol : protocols) {
            Ticket ticket = em.find(Ticket.class, protocol);
            if (ticket != null && ticket.isOwnedBy(customer) && !ticket.situation().isClosed()) {
                return Optional.of(ticket);
            }
        }
        return Optional.empty();
    }

    /** The tickets the mail names as only the help desk could, surest first: thread id, sent Message-IDs, subject. */
    private Set<Long> trustedTickets(ParsedMail mail) {
        Set<Long> named = new LinkedHashSet<>();
        tags.signedInThread(mail.references()).ifPresent(named::add);
        if (!mail.references().isEmpty()) {
            named.addAll(em.createQuery("SELECT m.ticketProtocol FROM OutboundMail m WHERE m.messageId IN :ids "
                            + "AND m.ticketProtocol IS NOT NULL", Long.class)
                    .setParameter("ids", new ArrayList<>(mail.references())).getResultList());
        }
        tags.signedInSubject(mail.subject()).ifPresent(named::add);
        return named;
    }

    private static String noText(AccountSettings settings) {
        return MailTexts.text("inbound.noText", settings.defaultLanguage());
    }

    private static String cut(String text) {
        return Inputs.shortened(text, Ticket.MAX_MESSAGE_LENGTH);
    }
}
