package dev.helpdesk.inbound.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.application.Classifications;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.inbound.domain.InboundMailbox;
import dev.helpdesk.inbound.domain.InboundMessage;
import dev.helpdesk.inbound.domain.MailOutcome;
import dev.helpdesk.inbound.domain.MailParser;
import dev.helpdesk.inbound.domain.MalformedMailException;
import dev.helpdesk.inbound.domain.ParsedMail;
import dev.helpdesk.notification.domain.MailPolicy;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.shared.infrastructure.Destinations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;

/**
 * Management › E-mail channel: the departments' mailboxes (with a connection test), the account's switches for the
 * channel, and the messages taken in, where the quarantined ones wait to be read, retried or dismissed.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MailboxAdminService {

    public static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailDelivery delivery;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @Inject
    private Destinations destinations;

    public List<MailboxView> mailboxes() {
        return em.createQuery("SELECT m FROM InboundMailbox m JOIN FETCH m.department ORDER BY m.id",
                InboundMailbox.class).getResultStream().map(MailboxAdminService::view).toList();
    }

    public MailboxView create(MailboxRequest request) {
        Inputs.required("body", request);
        requireUnusedAddress(request.address(), null);
        InboundMailbox mailbox = new InboundMailbox(request.address(), department(request.departmentId()),
                category(request.categoryId()), request.connection(), clock.instant());
        destinations.requireAllowed("host", mailbox.host(), mailbox.port());
        mailbox.activate(request.active() == null || request.active());
        em.persist(mailbox);
        em.flush();
        return view(mailbox);
    }

    public MailboxView change(long id, MailboxRequest request) {
        Inputs.required("body", request);
        InboundMailbox mailbox = mailbox(id);
        mailbox.change(department(request.departmentId()), category(request.categoryId()), request.connection());
        destinations.requireAllowed("host", mailbox.host(), mailbox.port());
        mailbox.activate(request.active() == null || request.active());
        return view(mailbox);
    }

    /** Logs in and opens the folder as the poller would: the number of messages waiting, or why it failed. */
    public ConnectionCheck test(long id) {
        InboundMailbox mailbox = mailbox(id);
        try (Store store = MailboxPoller.connect(mailbox, destinations)) {
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_ONLY);
            try {
                return new ConnectionCheck(true, folder.getMessageCount(), null);
            } finally {
                folder.close(false);
            }
        } catch (InvalidInputException e) {
            return new ConnectionCheck(false, 0, e.messageKey());
        } catch (MessagingException | RuntimeException e) {
            return new ConnectionCheck(false, 0, failure(e));
        }
    }

    public record ConnectionCheck(boolean ok, int messages, String error) {
    }

    /** Why the test failed, short and without what the other side answered: the test is no way to read a service. */
    private static String failure(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        boolean refusedLogin = e instanceof AuthenticationFailedException;
        return refusedLogin ? "authentication failed" : cause.getClass().getSimpleName();
    }

    public MailChannelSettings channelSettings() {
        MailPolicy policy = policy();
        return new MailChannelSettings(policy.registersMailSenders(), policy.confirmsMailTickets(),
                policy.quarantinesUnverifiedReplies());
    }

    public MailChannelSettings changeChannelSettings(MailChannelSettings change) {
        Inputs.required("body", change);
        String before = channelSettings().toString();
        policy().changeMailChannel(change.registerSenders(), change.confirmTickets(),
                change.quarantineUnverifiedReplies(), clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "mailChannel", before, change.toString());
        return channelSettings();
    }

    /** Messages taken in, newest first, a page at a time (keyset on the id), optionally of one outcome. */
    public List<InboundMessageView> messages(MailOutcome outcome, Long beforeId, int max) {
        String where = (outcome == null ? "" : " AND m.outcome = :outcome")
                + (beforeId == null ? "" : " AND m.id < :before");
        TypedQuery<InboundMessageView> query = em.createQuery("SELECT new dev.helpdesk.inbound.application."
                        + "InboundMessageView(m.id, m.mailboxId, m.outcome, m.sender, m.subject, m.sizeBytes, "
                        + "m.ticketProtocol, m.reason, m.leftOnServer, m.receivedAt) FROM InboundMessage m "
                        + "WHERE 1 = 1" + where + " ORDER BY m.id DESC", InboundMessageView.class)
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)));
        if (outcome != null) {
            query.setParameter("outcome", outcome);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.getResultList();
    }

    /** The message as it arrived (RFC 822), while it is kept. */
    public byte[] raw(long id) {
        byte[] raw = message(id).raw();
        if (raw == null) {
            throw new NotFoundException("message", id);
        }
        return raw;
    }

    /**
     * Tries a quarantined message again, after the cause was dealt with (the sender registered, the setting
     * changed, the reply found genuine): it becomes a ticket or reply, or the refusal comes back as a field error and
     * nothing changes.
     */
    public InboundMessageView retry(long id) {
        InboundMessage message = quarantined(id);
        byte[] raw = message.raw();
        if (raw == null) {
            throw new InvalidInputException("id", "inbound.reason.leftOnServer");
        }
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (MalformedMailException e) {
            throw new InvalidInputException("id", "inbound.reason.malformed");
        }
        // The administrator who retries a reply that could not be trusted vouches for the ticket it names.
        boolean vouched = MailDelivery.UNVERIFIED_REPLY.equals(message.reason());
        MailDelivery.Delivered delivered = delivery.deliver(mailbox(message.position().mailboxId()), mail, vouched);
        message.handled(delivered.protocol(), delivered.reply());
        return view(message);
    }

    public InboundMessageView dismiss(long id) {
        InboundMessage message = quarantined(id);
        message.dismiss();
        return view(message);
    }

    private InboundMessage quarantined(long id) {
        InboundMessage message = message(id);
        if (message.outcome() != MailOutcome.QUARANTINED) {
            throw new InvalidInputException("id", "inbound.reason.notQuarantined");
        }
        return message;
    }

    private InboundMessage message(long id) {
        InboundMessage message = em.find(InboundMessage.class, id);
        if (message == null) {
            throw new NotFoundException("message", id);
        }
        return message;
    }

    private InboundMailbox mailbox(long id) {
        InboundMailbox mailbox = em.find(InboundMailbox.class, id);
        if (mailbox == null) {
            throw new NotFoundException("mailbox", id);
        }
        return mailbox;
    }

    private void requireUnusedAddress(String address, Long exceptId) {
        String email = Inputs.email("address", address);
        long taken = em.createQuery("SELECT COUNT(m) FROM InboundMailbox m WHERE m.address = :address "
                        + "AND m.id <> :id", Long.class)
                .setParameter("address", email).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new InvalidInputException("address", "validation.duplicate");
        }
    }

    private Department department(Long id) {
        return Classifications.department(em, id);
    }

    private Category category(Long id) {
        return Classifications.category(em, id);
    }

    private MailPolicy policy() {
        return em.find(MailPolicy.class, MailPolicy.ID);
    }

    private static MailboxView view(InboundMailbox m) {
        return new MailboxView(m.id(), m.address(), m.department().id(), m.department().name(), m.category().id(),
                m.host(), m.port(), m.security(), m.isEncrypted(), m.username(), m.folder(), m.processedFolder(), m.pollSeconds(),
                m.isActive(), m.lastPolledAt(), m.lastError());
    }

    private static InboundMessageView view(InboundMessage m) {
        return new InboundMessageView(m.id(), m.position().mailboxId(), m.outcome(), m.sender(), m.subject(),
                m.sizeBytes(), m.ticketProtocol(), m.reason(), m.isLeftOnServer(), m.receivedAt());
    }
}
