package dev.helpdesk.inbound.application;

import dev.helpdesk.inbound.domain.InboundMailbox;
import dev.helpdesk.inbound.domain.MailPosition;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.inbound.infrastructure.PinnedSocketFactory;
import dev.helpdesk.shared.infrastructure.Destinations;
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
import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the departments' mailboxes over IMAP, each at its own interval. A message is downloaded, committed as a
 * ticket, reply or quarantine entry by {@link MailIntake}, and only then removed from the folder (or moved to the
 * mailbox's folder for handled mail); a crash in between leaves it on the server, and the next visit, finding it
 * recorded, only removes it. A message the intake rejects or fails on is quarantined and the next one goes on; a
 * failure of the help desk itself (the database gone) ends the visit and leaves the rest for the next.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class MailboxPoller {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
    /** HELPDESK_MAIL_FETCH=false keeps a node from reading mailboxes (another node reads them). */
    private static final boolean FETCHES = Boolean.parseBoolean(Settings.get("mail.fetch", "true"));
    /** Messages larger than this (HELPDESK_MAIL_MAX_BYTES) are not downloaded: quarantined, left on the server. */
    private static final long MAX_BYTES = Long.parseLong(Settings.get("mail.max.bytes", String.valueOf(40L << 20)));
    private static final String NODE = System.getProperty("jboss.node.name", "helpdesk");
    /** The pause between two rounds over the mailboxes: HELPDESK_MAIL_FETCH_SECONDS, five by default. */
    private static final long ROUND_PAUSE_MILLIS = Long.parseLong(Settings.get("mail.fetch.seconds", "5")) * 1000;

    @EJB
    private MailboxLeases leases;

    @EJB
    private MailIntake intake;

    @Inject
    private Destinations destinations;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        leases.releaseAllOf(NODE);
        if (FETCHES) {
            nextRound();
        }
    }

    /**
     * One round over the due mailboxes, then the next in a few seconds: a single-action timer armed after each
     * round, so a long round (a full mailbox) is never overlapped by the next.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pollDue() {
        try {
            for (InboundMailbox mailbox : leases.due(clock.instant())) {
                if (leases.take(mailbox.id(), NODE, clock.instant())) {
                    visit(mailbox);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the mailboxes failed; trying again shortly", e);
        } finally {
            nextRound();
        }
    }

    private void nextRound() {
        timers.createSingleActionTimer(ROUND_PAUSE_MILLIS, new TimerConfig("mailboxes", false));
    }

    private void visit(InboundMailbox mailbox) {
        String error = null;
        try {
            read(mailbox);
        } catch (MessagingException | IOException | RuntimeException e) {
            error = e.toString();
            LOG.warning(() -> "Reading mailbox " + mailbox.address() + " failed (" + e + "); trying again later");
        } finally {
            leases.release(mailbox.id(), NODE, clock.instant(), error);
        }
    }

    private void read(InboundMailbox mailbox) throws MessagingException, IOException {
        try (Store store = connect(mailbox, destinations)) {
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                readFolder(mailbox, store, folder);
            } finally {
                folder.close(true);
            }
        }
    }

    private void readFolder(InboundMailbox mailbox, Store store, Folder folder)
            throws MessagingException, IOException {
        UIDFolder uidFolder = (UIDFolder) folder;
        long validity = uidFolder.getUIDValidity();
        Message[] messages = folder.getMessages();
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(FetchProfile.Item.SIZE);
        folder.fetch(messages, profile);
        List<Message> pending = new ArrayList<>();
        List<Long> uids = new ArrayList<>();
        for (Message message : messages) {
            if (!message.isExpunged() && !message.isSet(Flags.Flag.DELETED)) {
                pending.add(message);
                uids.add(uidFolder.getUID(message));
            }
        }
        Map<Long, Boolean> known = intake.known(mailbox.id(), validity, uids);
        Folder handled = mailbox.processedFolder() == null ? null : store.getFolder(mailbox.processedFolder());
        for (int i = 0; i < pending.size(); i++) {
            Message message = pending.get(i);
            MailPosition position = new MailPosition(mailbox.id(), validity, uids.get(i));
            Boolean leftOnServer = known.get(position.uid());
            if (leftOnServer == null) {
                leftOnServer = take(message, position);
            }
            if (!leftOnServer) {
                remove(folder, handled, message);
            }
            if (i % 50 == 49) {
                leases.take(mailbox.id(), NODE, clock.instant());
            }
        }
    }

    /** Takes one message in; answers whether it stays on the server. */
    private boolean take(Message message, MailPosition position) throws MessagingException, IOException {
        int size = message.getSize();
        if (size > MAX_BYTES) {
            intake.quarantineOversized(position, firstSender(message), message.getSubject(), size,
                    "larger than " + MAX_BYTES + " bytes: left on the mail server");
            return true;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(size, 1024));
        message.writeTo(out);
        byte[] raw = out.toByteArray();
        try {
            intake.take(position, raw);
        } catch (InvalidInputException e) {
            intake.quarantineRejected(position, raw, e.messageKey());
        } catch (EJBException e) {
            // A message that fails for a reason of its own must not stop every later one: it waits in quarantine
            // for a retry. When the database itself is gone, this write fails too and the visit ends instead.
            LOG.log(Level.WARNING, "Taking message " + position + " in failed; it goes to quarantine", e);
            intake.quarantineRejected(position, raw, "failed: " + rootCause(e));
        }
        return false;
    }

    private static void remove(Folder folder, Folder handled, Message message) throws MessagingException {
        if (handled != null) {
            folder.copyMessages(new Message[] {message}, handled);
        }
        message.setFlag(Flags.Flag.DELETED, true);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause);
    }

    private static String firstSender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from == null || from.length == 0 ? null : from[0].toString();
    }

    /**
     * A logged-in store with the mailbox's settings, fetching whole messages (not 16 KB at a time), connected only
     * where the {@link Destinations} allow: at the address they checked.
     */
    static Store connect(InboundMailbox mailbox, Destinations destinations) throws MessagingException {
        InetAddress address;
        try {
            address = destinations.resolve("host", mailbox.host(), mailbox.port())[0];
        } catch (UnknownHostException e) {
            throw new MessagingException("Unknown host " + mailbox.host(), e);
        }
        String prefix = "mail." + mailbox.protocol();
        Properties properties = mailbox.imapProperties();
        properties.setProperty(prefix + ".partialfetch", "false");
        properties.setProperty(prefix + ".peek", "true");
        properties.put(prefix + ".socketFactory", new PinnedSocketFactory(address));
        properties.setProperty(prefix + ".socketFactory.fallback", "false");
        Store store = Session.getInstance(properties).getStore(mailbox.protocol());
        store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
        return store;
    }
}
