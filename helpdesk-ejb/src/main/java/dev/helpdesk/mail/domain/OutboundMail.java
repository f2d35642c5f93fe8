package dev.helpdesk.mail.domain;

import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail written to the outbox in the transaction of the change it reports, and sent afterwards. Sending is
 * claimed for a while (a lease) so that two dispatchers never send it at once, and a dispatcher that died holding
 * the claim does not keep it forever. Failures are retried with a growing pause; after the last attempt the mail
 * stays FAILED for an administrator to see.
 */
@Entity
public class OutboundMail {

    public static final int MAX_ATTEMPTS = 15;
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(4);
    private static final int MAX_ERROR_LENGTH = 1000;

    public enum State {
        PENDING, SENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String dedupKey;

    private String recipient;

    private String subject;

    private String body;

    /** The HTML alternative of {@code body}; null for a text-only mail. */
    private String htmlBody;

    private String messageId;

    private Long ticketProtocol;

    /** Which loop-prevention headers it carries: a notice of the help desk's own, or an answer to a mail. */
    @Enumerated(EnumType.STRING)
    private MailKind kind;

    /** The department's sender address, or null for the account's. */
    private String fromAddress;

    private String fromName;

    /** The mailbox that feeds the ticket's department, where answers go; null for none. */
    private String replyTo;

    @Enumerated(EnumType.STRING)
    private State state;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant createdAt;

    private Instant sentAt;

    private String lastError;

    /** The node sending it, while claimed. */
    private String claimedBy;

    @Version
    private long version;

    protected OutboundMail() {
    }

    public OutboundMail(String dedupKey, String recipient, String subject, String body, Long ticketProtocol,
                        Instant now) {
        this(dedupKey, recipient, subject, body, ticketProtocol, MailKind.NOTIFICATION, MailSender.ACCOUNT, now);
    }

    public OutboundMail(String dedupKey, String recipient, String subject, String body, Long ticketProtocol,
                        MailKind kind, MailSender sender, Instant now) {
        this.kind = kind;
        this.fromAddress = sender.fromAddress();
        this.fromName = sender.fromName();
        this.replyTo = sender.replyTo();
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.ticketProtocol = ticketProtocol;
        this.messageId = "<" + UUID.randomUUID() + "@helpdesk>";
        this.state = State.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Sends {@code html} beside the text body, as the alternative a mail reader shows when it can. */
    public void alsoAsHtml(String html) {
        this.htmlBody = html;
    }

    public String htmlBody() {
        return htmlBody;
    }

    /** Due when waiting for its (next) attempt, or when a dispatcher's claim on it ran out. */
    public boolean isDue(Instant now) {
        return (state == State.PENDING || state == State.SENDING) && !nextAttemptAt.isAfter(now);
    }

    public void claim(String node, Instant now) {
        if (!isDue(now)) {
            throw new IllegalStateException("Mail " + id + " is not due");
        }
        state = State.SENDING;
        claimedBy = node;
        nextAttemptAt = now.plus(LEASE);
    }

    public void sent(Instant now) {
        state = State.SENT;
        sentAt = now;
        lastError = null;
        claimedBy = null;
    }

    public void failed(String error, Instant now) {
        attempts++;
        claimedBy = null;
        lastError = Inputs.shortened(error, MAX_ERROR_LENGTH);
        if (attempts >= MAX_ATTEMPTS) {
            state = State.FAILED;
            return;
        }
        state = State.PENDING;
        nextAttemptAt = now.plus(pauseAfter(attempts));
    }

    /** One minute after the first failure, doubling, at most four hours: fifteen attempts span about a day. */
    static Duration pauseAfter(int failures) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(failures - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    public Long id() {
        return id;
    }

    public String dedupKey() {
        return dedupKey;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String messageId() {
        return messageId;
    }

    public Long ticketProtocol() {
        return ticketProtocol;
    }

    public MailKind kind() {
        return kind == null ? MailKind.NOTIFICATION : kind;
    }

    /** Whom it comes from and where answers go, as written with it. */
    public MailSender sender() {
        return new MailSender(fromAddress, fromName, replyTo);
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
