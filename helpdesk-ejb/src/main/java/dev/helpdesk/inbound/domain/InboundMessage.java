package dev.helpdesk.inbound.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A message taken from a mailbox, recorded in the transaction that turned it into a ticket or reply (or into a
 * quarantine entry). Its key, unique, is what makes a message seen twice, or delivered twice, count once; its
 * mailbox position (UID validity and UID) lets a later visit finish removing it from the server.
 */
@Entity
public class InboundMessage {

    private static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String messageKey;

    private long mailboxId;

    private long uidValidity;

    private long uid;

    @Enumerated(EnumType.STRING)
    private MailOutcome outcome;

    private String sender;

    private String subject;

    private long sizeBytes;

    private Long ticketProtocol;

    private String reason;

    /** The message as received, kept while it waits in quarantine so the administrator can read or retry it. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "raw")
    private byte[] raw;

    /** An oversized message is not downloaded: it stays on the mail server, and later visits leave it there. */
    private boolean leftOnServer;

    private Instant receivedAt;

    @Version
    private long version;

    protected InboundMessage() {
    }

    private InboundMessage(String messageKey, MailPosition position, MailOutcome outcome, String sender,
                           String subject, long sizeBytes, Instant now) {
        this.messageKey = messageKey;
        this.mailboxId = position.mailboxId();
        this.uidValidity = position.uidValidity();
        this.uid = position.uid();
        this.outcome = outcome;
        this.sender = cut(sender, 320);
        this.subject = cut(subject, 300);
        this.sizeBytes = sizeBytes;
        this.receivedAt = now;
    }

    public static InboundMessage ticket(ParsedMail mail, MailPosition position, long sizeBytes, long protocol,
                                        boolean reply, Instant now) {
        InboundMessage message = new InboundMessage(mail.key(), position, reply ? MailOutcome.REPLY
                : MailOutcome.TICKET, mail.senderAddress(), mail.subject(), sizeBytes, now);
        message.ticketProtocol = protocol;
        return message;
    }

    public static InboundMessage ignored(ParsedMail mail, MailPosition position, long sizeBytes, String reason,
                                         Instant now) {
        InboundMessage message = new InboundMessage(mail.key(), position, MailOutcome.IGNORED, mail.senderAddress(),
                mail.subject(), sizeBytes, now);
        message.reason = cut(reason, MAX_REASON);
        return message;
    }

    /**
     * A message from a blocked sender, kept as a record only (who, what subject, which entry blocked it): its
     * content is not stored, and it leaves the server as a handled message does.
     */
    public static InboundMessage blocked(ParsedMail mail, MailPosition position, long sizeBytes, String entry,
                                         Instant now) {
        InboundMessage message = new InboundMessage(mail.key(), position, MailOutcome.BLOCKED, mail.senderAddress(),
                mail.subject(), sizeBytes, now);
        message.reason = cut(entry, MAX_REASON);
        return message;
    }

    /** A message that waits for an administrator, with its bytes (null for one left on the server). */
    public static InboundMessage quarantined(String key, MailPosition position, String sender, String subject,
                                             byte[] raw, long sizeBytes, String reason, Instant now) {
        InboundMessage message = new InboundMessage(key, position, MailOutcome.QUARANTINED, sender, subject,
                sizeBytes, now);
        message.raw = raw == null ? null : raw.clone();
        message.leftOnServer = raw == null;
        message.reason = cut(reason, MAX_REASON);
        return message;
    }

    /** A quarantined message that a retry turned into a ticket or reply: its bytes are no longer needed. */
    public void handled(long protocol, boolean reply) {
        requireQuarantined();
        this.outcome = reply ? MailOutcome.REPLY : MailOutcome.TICKET;
        this.ticketProtocol = protocol;
        this.reason = null;
        this.raw = null;
    }

    /** A retry that failed again, for the reason it gives now. */
    public void stillQuarantined(String newReason) {
        requireQuarantined();
        this.reason = cut(newReason, MAX_REASON);
    }

    /** The administrator drops the message; its key stays, so the same message is not taken again. */
    public void dismiss() {
        requireQuarantined();
        this.outcome = MailOutcome.DISMISSED;
        this.raw = null;
    }

    private void requireQuarantined() {
        if (outcome != MailOutcome.QUARANTINED) {
            throw new IllegalStateException("Only a quarantined message can be retried or dismissed");
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String messageKey() {
        return messageKey;
    }

    public MailPosition position() {
        return new MailPosition(mailboxId, uidValidity, uid);
    }

    public MailOutcome outcome() {
        return outcome;
    }

    public String sender() {
        return sender;
    }

    public String subject() {
        return subject;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Long ticketProtocol() {
        return ticketProtocol;
    }

    public String reason() {
        return reason;
    }

    public byte[] raw() {
        return raw == null ? null : raw.clone();
    }

    public boolean isLeftOnServer() {
        return leftOnServer;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
