package dev.helpdesk.inbound.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.inbound.domain.InboundMailbox;
import dev.helpdesk.inbound.domain.InboundMessage;
import dev.helpdesk.inbound.domain.MailOutcome;
import dev.helpdesk.inbound.domain.MailParser;
import dev.helpdesk.inbound.domain.MailPosition;
import dev.helpdesk.inbound.domain.MalformedMailException;
import dev.helpdesk.inbound.domain.ParsedMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Takes one message from a mailbox, each in a transaction of its own: the ticket or reply it makes and the record
 * of the message commit together, and only then does the poller remove it from the server. A message whose key is
 * already recorded (the same message seen again after a crash, or delivered twice) makes nothing. A message from a
 * blocked sender is recorded (and audited) as blocked before anything else is looked at: it makes no ticket and no
 * customer, and leaves the server. Called by the mailbox poller only.
 */
@Stateless
@LocalBean
@PermitAll
public class MailIntake {

    private static final Logger LOG = Logger.getLogger(MailIntake.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailDelivery delivery;

    @EJB
    private SenderBlocklist blocklist;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** What was done with the message; null when it had been taken before. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MailOutcome take(MailPosition position, byte[] raw) {
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (MalformedMailException e) {
            String key = MailParser.digestKey(raw);
            if (isKnown(key)) {
                return null;
            }
            em.persist(InboundMessage.quarantined(key, position, null, null, raw, raw.length, e.getMessage(),
                    clock.instant()));
            return MailOutcome.QUARANTINED;
        }
        if (isKnown(mail.key())) {
            return null;
        }
        Optional<String> blockedBy = blocklist.blocking(mail);
        if (blockedBy.isPresent()) {
            InboundMessage blocked = InboundMessage.blocked(mail, position, raw.length, blockedBy.get(),
                    clock.instant());
            em.persist(blocked);
            em.flush();
            LOG.info(() -> "Mail " + mail.key() + " from " + mail.fromAddress() + " blocked by the entry "
                    + blockedBy.get());
            audit.changed(AuditAction.MAIL_BLOCKED, "inboundMessage", blocked.id(), null,
                    "from " + mail.fromAddress() + (mail.senderAddress().equals(mail.fromAddress()) ? ""
                            : " (reply to " + mail.senderAddress() + ")") + ", blocked by " + blockedBy.get());
            return MailOutcome.BLOCKED;
        }
        InboundMailbox mailbox = em.find(InboundMailbox.class, position.mailboxId());
        if (mail.automatic()) {
            em.persist(InboundMessage.ignored(mail, position, raw.length, "automatic message (auto-reply, bounce "
                    + "or list mail)", clock.instant()));
            return MailOutcome.IGNORED;
        }
        MailDelivery.Delivered delivered = delivery.deliver(mailbox, mail);
        em.persist(InboundMessage.ticket(mail, position, raw.length, delivered.protocol(), delivered.reply(),
                clock.instant()));
        return delivered.reply() ? MailOutcome.REPLY : MailOutcome.TICKET;
    }

    /** Keeps a message the help desk refused (the reason says why) for the administrator to read or retry. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void quarantineRejected(MailPosition position, byte[] raw, String reason) {
        try {
            ParsedMail mail = MailParser.parse(raw);
            if (!isKnown(mail.key())) {
                em.persist(InboundMessage.quarantined(mail.key(), position, mail.senderAddress(), mail.subject(),
                        raw, raw.length, reason, clock.instant()));
            }
        } catch (MalformedMailException e) {
            throw new IllegalStateException("A message that was read once cannot be read again", e);
        }
    }

    /** Records a message too large to download; it stays on the server, where the administrator can read it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void quarantineOversized(MailPosition position, String sender, String subject, long sizeBytes,
                                    String reason) {
        String key = "uid:" + position.mailboxId() + ":" + position.uidValidity() + ":" + position.uid();
        if (!isKnown(key)) {
            em.persist(InboundMessage.quarantined(key, position, sender, subject, null, sizeBytes, reason,
                    clock.instant()));
        }
    }

    /** Which of these UIDs of a folder were taken before, each with whether it is to stay on the server. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<Long, Boolean> known(long mailboxId, long uidValidity, List<Long> uids) {
        Map<Long, Boolean> known = new HashMap<>();
        for (int from = 0; from < uids.size(); from += 500) {
            em.createQuery("SELECT m.uid, m.leftOnServer FROM InboundMessage m WHERE m.mailboxId = :mailbox "
                            + "AND m.uidValidity = :validity AND m.uid IN :uids", Object[].class)
                    .setParameter("mailbox", mailboxId).setParameter("validity", uidValidity)
                    .setParameter("uids", uids.subList(from, Math.min(uids.size(), from + 500)))
                    .getResultStream().forEach(row -> known.put((Long) row[0], (Boolean) row[1]));
        }
        return known;
    }

    private boolean isKnown(String key) {
        return em.createQuery("SELECT COUNT(m) FROM InboundMessage m WHERE m.messageKey = :key", Long.class)
                .setParameter("key", key).getSingleResult() > 0;
    }
}
