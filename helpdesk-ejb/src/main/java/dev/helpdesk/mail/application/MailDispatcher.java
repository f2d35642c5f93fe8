package dev.helpdesk.mail.application;

import dev.helpdesk.mail.domain.LoopHeaders;
import dev.helpdesk.mail.domain.TicketMailTag;
import dev.helpdesk.shared.infrastructure.ServerKey;
import dev.helpdesk.shared.infrastructure.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox every few seconds through the mail session {@code java:jboss/mail/helpdesk}: claims due mails,
 * sends each outside any transaction, then records the outcome. Mails about a ticket refer to the same thread id
 * ({@code In-Reply-To} and {@code References}, with the ticket's code), so mail programs keep a ticket's mails
 * together and replies can be matched to it. Every mail carries the loop-prevention headers of its kind
 * ({@link LoopHeaders}), and comes from the sender written with it (a department's address and name, its mailbox
 * as Reply-To) or else from the session's {@code from}. Every node may run it; the claim keeps them from sending the same mail. A node that dies between
 * the server's acceptance and the record sends that one mail again once its claim runs out: at least once, never
 * lost.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 50;
    /** HELPDESK_MAIL_DISPATCH=false keeps a node from sending (another node sends, or a benchmark measures). */
    private static final boolean DISPATCHES = Boolean.parseBoolean(Settings.get("mail.dispatch", "true"));
    /** How often the outbox is looked at: HELPDESK_MAIL_DISPATCH_SECONDS, five by default. */
    private static final long EVERY_MILLIS = Long.parseLong(Settings.get("mail.dispatch.seconds", "5")) * 1000;

    @Resource(lookup = "java:jboss/mail/helpdesk")
    private Session session;

    @EJB
    private MailQueue queue;

    @Inject
    private Clock clock;

    /** This node, as WildFly names it (unique in a cluster): its claims are given back when it starts. */
    private static final String NODE = System.getProperty("jboss.node.name", "helpdesk");

    private final AtomicBoolean running = new AtomicBoolean();
    private final TicketMailTag tags = new TicketMailTag(ServerKey.box());

    @Resource
    private TimerService timers;

    /** Gives back the claims a crash left, then looks at the outbox every few seconds (on every node). */
    @PostConstruct
    void start() {
        int released = queue.releaseClaimsOf(NODE, clock.instant());
        if (released > 0) {
            LOG.warning(() -> released + " mails this node was sending when it stopped are sent again");
        }
        timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig("outbox", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDue() {
        if (!DISPATCHES || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<MailQueue.Claimed> claimed;
            do {
                claimed = queue.claimDue(NODE, clock.instant(), BATCH);
                if (!claimed.isEmpty()) {
                    sendOverOneConnection(claimed);
                }
            } while (claimed.size() == BATCH);
        } catch (PersistenceException | EJBException e) {
            LOG.log(Level.FINE, "Another dispatcher claimed these mails first; trying again shortly", e);
        } finally {
            running.set(false);
        }
    }

    /** One SMTP connection for a batch: a connection per mail would cap the outbox at a few dozen mails a second. */
    private void sendOverOneConnection(List<MailQueue.Claimed> claimed) {
        Transport transport;
        try {
            transport = session.getTransport("smtp");
            transport.connect();
        } catch (MessagingException e) {
            LOG.warning(() -> "Could not reach the mail server (" + e + "); " + claimed.size()
                    + " mails will be tried again later");
            claimed.forEach(mail -> queue.failed(mail.id(), String.valueOf(e.getMessage()), clock.instant()));
            return;
        }
        try {
            claimed.forEach(mail -> send(transport, mail));
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
            }
        }
    }

    private void send(Transport transport, MailQueue.Claimed mail) {
        try {
            MimeMessage message = new KeptIdMessage(session, mail.messageId());
            InternetAddress from = mail.sender().setsFrom()
                    ? mail.sender().from(InternetAddress.getLocalAddress(session)) : null;
            if (from == null) {
                message.setFrom();
            } else {
                message.setFrom(from);
            }
            InternetAddress replyTo = mail.sender().replyToAddress();
            if (replyTo != null) {
                message.setReplyTo(new InternetAddress[] {replyTo});
            }
            for (Map.Entry<String, String> header : LoopHeaders.of(mail.kind()).entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.htmlBody() == null) {
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
            } else {
                message.setContent(alternatives(mail));
            }
            message.setSentDate(Date.from(clock.instant()));
            if (mail.ticketProtocol() != null) {
                String thread = tags.threadId(mail.ticketProtocol());
                message.setHeader("In-Reply-To", thread);
                message.setHeader("References", thread);
            }
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            queue.sent(mail.id(), clock.instant());
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Could not send mail " + mail.id() + " to " + mail.recipient() + " (" + e
                    + "); it will be tried again later");
            queue.failed(mail.id(), String.valueOf(e.getMessage()), clock.instant());
        }
    }

    /** Keeps the Message-ID the outbox gave the mail, so that a resent mail is recognisably the same one. */
    /** The text and the HTML of the same mail, the HTML last as the one a reader prefers (RFC 2046). */
    private static MimeMultipart alternatives(MailQueue.Claimed mail) throws MessagingException {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        alternatives.addBodyPart(html);
        return alternatives;
    }

    private static final class KeptIdMessage extends MimeMessage {

        private final String messageId;

        KeptIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
