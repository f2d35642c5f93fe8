package dev.helpdesk.web.inbound.panel;

import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.inbound.application.BlockedSenderView;
import dev.helpdesk.inbound.application.InboundMessageView;
import dev.helpdesk.inbound.application.MailChannelSettings;
import dev.helpdesk.inbound.application.MailboxAdminService;
import dev.helpdesk.inbound.application.MailboxRequest;
import dev.helpdesk.inbound.application.MailboxView;
import dev.helpdesk.inbound.application.SenderBlocklistService;
import dev.helpdesk.inbound.domain.MailOutcome;
import dev.helpdesk.inbound.domain.MailboxSecurity;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.directory.panel.DepartmentCategoryChoice;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Management › E-mail channel: the account's switches, the departments' mailboxes (add, change, test the
 * connection), the sender blocklist, and the messages taken in, where quarantined ones can be downloaded, retried
 * or dismissed.
 */
@Named
@ViewScoped
public class MailChannelAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @EJB
    private MailboxAdminService mailboxes;

    @EJB
    private DirectoryQuery directoryQuery;

    @EJB
    private SenderBlocklistService blocklist;

    private List<BlockedSenderView> blockedSenders;
    private String blockedEntry;

    private boolean registerSenders;

    private boolean quarantineUnverifiedReplies;
    private boolean confirmTickets;
    private List<MailboxView> mailboxList;
    private List<InboundMessageView> messages;
    private MailOutcome outcomeFilter = MailOutcome.QUARANTINED;
    private Long before;

    private Long editingId;
    private String address;
    private DepartmentCategoryChoice target;
    private String host;
    private Integer port;
    private MailboxSecurity security = MailboxSecurity.SSL;
    private String username;
    private String password;
    private String folder = "INBOX";
    private String processedFolder;
    private Integer pollSeconds = 60;
    private boolean active = true;

    @PostConstruct
    void load() {
        MailChannelSettings settings = mailboxes.channelSettings();
        registerSenders = settings.registerSenders();
        confirmTickets = settings.confirmTickets();
        quarantineUnverifiedReplies = settings.quarantineUnverifiedReplies();
        target = new DepartmentCategoryChoice(directoryQuery.activeDepartments(), null, null);
        reload();
    }

    private void reload() {
        mailboxList = mailboxes.mailboxes();
        blockedSenders = blocklist.entries();
        messages = mailboxes.messages(outcomeFilter, before, PAGE);
    }

    public void saveSettings() {
        mailboxes.changeChannelSettings(new MailChannelSettings(registerSenders, confirmTickets,
                quarantineUnverifiedReplies));
        Messages.info("mailChannel.settingsSaved");
    }

    public void edit(MailboxView mailbox) {
        editingId = mailbox.id();
        address = mailbox.address();
        target = new DepartmentCategoryChoice(directoryQuery.activeDepartments(), mailbox.departmentId(),
                mailbox.categoryId());
        host = mailbox.host();
        port = mailbox.port();
        security = mailbox.security();
        username = mailbox.username();
        password = null;
        folder = mailbox.folder();
        processedFolder = mailbox.processedFolder();
        pollSeconds = mailbox.pollSeconds();
        active = mailbox.active();
    }

    public void clear() {
        editingId = null;
        address = null;
        target = new DepartmentCategoryChoice(directoryQuery.activeDepartments(), null, null);
        host = null;
        port = null;
        security = MailboxSecurity.SSL;
        username = null;
        password = null;
        folder = "INBOX";
        processedFolder = null;
        pollSeconds = 60;
        active = true;
    }

    public void save() {
        MailboxRequest request = new MailboxRequest(address, target.getDepartmentId(), target.getCategoryId(), host,
                port, security, username, password, folder, processedFolder, pollSeconds, active);
        try {
            if (editingId == null) {
                mailboxes.create(request);
            } else {
                mailboxes.change(editingId, request);
            }
        } catch (InvalidInputException e) {
            Messages.fieldError("mailboxForm", e);
            return;
        }
        Messages.info("mailChannel.saved", address);
        if (security == MailboxSecurity.NONE) {
            Messages.warn("mailChannel.unencrypted", address);
        }
        clear();
        reload();
    }

    public void block() {
        BlockedSenderView blocked;
        try {
            blocked = blocklist.block(blockedEntry);
        } catch (InvalidInputException e) {
            Messages.fieldError("blocklistForm", new InvalidInputException("blockedEntry", e.messageKey()));
            return;
        }
        Messages.info("mailChannel.blocked", blocked.entry());
        blockedEntry = null;
        reload();
    }

    public void unblock(BlockedSenderView entry) {
        blocklist.unblock(entry.id());
        Messages.info("mailChannel.unblocked", entry.entry());
        reload();
    }

    public void test(MailboxView mailbox) {
        MailboxAdminService.ConnectionCheck check = mailboxes.test(mailbox.id());
        if (check.ok()) {
            Messages.info("mailChannel.testOk", mailbox.address(), check.messages());
        } else {
            Messages.error("mailChannel.testFailed", mailbox.address(), failureText(check.error()));
        }
    }

    /**
     * Why a connection test failed, in the person's words: the service answers a message key for a refused input,
     * "authentication failed", or the name of what went wrong on the wire (ConnectException, SSLHandshakeException…).
     */
    static String failureText(String error) {
        if (error == null) {
            return Messages.text("mailChannel.failure.other", "?");
        }
        if (error.startsWith("validation.")) {
            return Messages.text(error);
        }
        String key = switch (error) {
            case "authentication failed" -> "mailChannel.failure.authentication";
            case "ConnectException", "NoRouteToHostException", "PortUnreachableException" ->
                    "mailChannel.failure.connection";
            case "UnknownHostException" -> "mailChannel.failure.unknownHost";
            case "SocketTimeoutException" -> "mailChannel.failure.timeout";
            default -> error.startsWith("SSL") || error.startsWith("CertPath") || error.startsWith("Certificate")
                    || error.equals("ValidatorException") ? "mailChannel.failure.tls" : null;
        };
        return key == null ? Messages.text("mailChannel.failure.other", error) : Messages.text(key);
    }

    public void filter() {
        before = null;
        reload();
    }

    public void older() {
        before = messages.get(messages.size() - 1).id();
        reload();
    }

    public boolean isHasOlder() {
        return messages.size() == PAGE;
    }

    public void retry(InboundMessageView message) {
        try {
            InboundMessageView done = mailboxes.retry(message.id());
            Messages.info("mailChannel.retried", done.ticketProtocol());
        } catch (InvalidInputException e) {
            Messages.error(e.messageKey());
        }
        reload();
    }

    public void dismiss(InboundMessageView message) {
        mailboxes.dismiss(message.id());
        Messages.info("mailChannel.dismissed");
        reload();
    }

    /** The quarantined message as it arrived, to open in a mail program. */
    public StreamedContent raw(InboundMessageView message) {
        byte[] raw = mailboxes.raw(message.id());
        return DefaultStreamedContent.builder().name("message-" + message.id() + ".eml")
                .contentType("message/rfc822").stream(() -> new ByteArrayInputStream(raw)).build();
    }

    /** A reason is a message key when the help desk refused the mail, else the mail system's own words. */
    public String reasonText(String reason) {
        return reason == null ? "" : Messages.text(reason);
    }

    public List<BlockedSenderView> getBlockedSenders() {
        return blockedSenders;
    }

    public String getBlockedEntry() {
        return blockedEntry;
    }

    public void setBlockedEntry(String blockedEntry) {
        this.blockedEntry = blockedEntry;
    }

    public MailboxSecurity[] getSecurities() {
        return MailboxSecurity.values();
    }

    public MailOutcome[] getOutcomes() {
        return MailOutcome.values();
    }

    public boolean isRegisterSenders() {
        return registerSenders;
    }

    public void setRegisterSenders(boolean registerSenders) {
        this.registerSenders = registerSenders;
    }

    public boolean isQuarantineUnverifiedReplies() {
        return quarantineUnverifiedReplies;
    }

    public void setQuarantineUnverifiedReplies(boolean quarantineUnverifiedReplies) {
        this.quarantineUnverifiedReplies = quarantineUnverifiedReplies;
    }

    public boolean isConfirmTickets() {
        return confirmTickets;
    }

    public void setConfirmTickets(boolean confirmTickets) {
        this.confirmTickets = confirmTickets;
    }

    public List<MailboxView> getMailboxList() {
        return mailboxList;
    }

    public List<InboundMessageView> getMessages() {
        return messages;
    }

    public MailOutcome getOutcomeFilter() {
        return outcomeFilter;
    }

    public void setOutcomeFilter(MailOutcome outcomeFilter) {
        this.outcomeFilter = outcomeFilter;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public DepartmentCategoryChoice getTarget() {
        return target;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public MailboxSecurity getSecurity() {
        return security;
    }

    public void setSecurity(MailboxSecurity security) {
        this.security = security;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public String getProcessedFolder() {
        return processedFolder;
    }

    public void setProcessedFolder(String processedFolder) {
        this.processedFolder = processedFolder;
    }

    public Integer getPollSeconds() {
        return pollSeconds;
    }

    public void setPollSeconds(Integer pollSeconds) {
        this.pollSeconds = pollSeconds;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
