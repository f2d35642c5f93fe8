package dev.helpdesk.inbound.domain;

import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.infrastructure.SealedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * A department's support address, read over IMAP: new messages in its folder open tickets in the department (in
 * its default category) or join the tickets they answer. Handled messages are deleted from the folder, or moved to
 * a folder of their own when one is named.
 */
@Entity
public class InboundMailbox {

    public static final int MIN_POLL_SECONDS = 5;
    public static final int MAX_POLL_SECONDS = 3600;
    private static final int MAX_TEXT = 255;
    private static final int TIMEOUT_MILLIS = 30_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String address;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    private String host;

    private int port;

    @Enumerated(EnumType.STRING)
    private MailboxSecurity security;

    private String username;

    @Convert(converter = SealedText.class)
    private String password;

    private String folder;

    private String processedFolder;

    private int pollSeconds;

    private boolean active;

    private Instant lastPolledAt;

    private String lastError;

    private Instant createdAt;

    @Version
    private long version;

    protected InboundMailbox() {
    }

    public InboundMailbox(String address, Department department, Category category, MailboxConnection connection,
                          Instant now) {
        this.address = Inputs.email("address", address);
        this.createdAt = now;
        this.active = true;
        change(department, category, connection);
    }

    /**
     * New settings; a blank password keeps the one stored (the API never shows it), as long as the server and the
     * account stay the same.
     */
    public void change(Department newDepartment, Category newCategory, MailboxConnection connection) {
        Inputs.required("departmentId", newDepartment);
        Inputs.required("categoryId", newCategory);
        if (!newCategory.belongsTo(newDepartment)) {
            throw new InvalidInputException("categoryId", "validation.category.notInDepartment");
        }
        this.department = newDepartment;
        this.category = newCategory;
        String newHost = Inputs.requiredText("host", connection.host(), MAX_TEXT);
        MailboxSecurity newSecurity = Inputs.required("security", connection.security());
        int newPort = connection.port() == null ? newSecurity.defaultPort() : connection.port();
        if (newPort < 1 || newPort > 65_535) {
            throw new InvalidInputException("port", "validation.port");
        }
        String newUsername = Inputs.requiredText("username", connection.username(), MAX_TEXT);
        if (connection.password() != null && !connection.password().isEmpty()) {
            this.password = connection.password();
        } else if (password == null) {
            throw new InvalidInputException("password", "validation.required");
        } else if (!(newHost.equalsIgnoreCase(host) && newPort == port && newSecurity == security
                && newUsername.equals(username))) {
            // The stored password only ever goes to the server and account it was given for.
            throw new InvalidInputException("password", "validation.mailbox.passwordAgain");
        }
        this.host = newHost;
        this.security = newSecurity;
        this.port = newPort;
        this.username = newUsername;
        this.folder = connection.folder() == null || connection.folder().isBlank() ? "INBOX"
                : Inputs.requiredText("folder", connection.folder(), 200);
        this.processedFolder = connection.processedFolder() == null || connection.processedFolder().isBlank()
                ? null : Inputs.requiredText("processedFolder", connection.processedFolder(), 200);
        int seconds = connection.pollSeconds() == null ? 60 : connection.pollSeconds();
        if (seconds < MIN_POLL_SECONDS || seconds > MAX_POLL_SECONDS) {
            throw new InvalidInputException("pollSeconds", "validation.pollSeconds");
        }
        this.pollSeconds = seconds;
    }

    /** An active mailbox opens tickets: its department and category must take new ones. */
    public void activate(boolean on) {
        if (on && !department.isActive()) {
            throw new InvalidInputException("departmentId", "validation.department.inactive");
        }
        if (on && !category.isActive()) {
            throw new InvalidInputException("categoryId", "validation.category.inactive");
        }
        this.active = on;
    }

    public boolean isDue(Instant now) {
        return active && (lastPolledAt == null || !lastPolledAt.plus(Duration.ofSeconds(pollSeconds)).isAfter(now));
    }

    /** Jakarta Mail's settings for this server, with timeouts so a server that stops answering cannot hang a node. */
    public Properties imapProperties() {
        String protocol = protocol();
        Properties properties = new Properties();
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty("mail." + protocol + ".host", host);
        properties.setProperty("mail." + protocol + ".port", String.valueOf(port));
        properties.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.setProperty("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.setProperty("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT_MILLIS));
        if (security == MailboxSecurity.STARTTLS) {
            properties.setProperty("mail.imap.starttls.enable", "true");
            properties.setProperty("mail.imap.starttls.required", "true");
        }
        if (security != MailboxSecurity.NONE) {
            properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** Whether the password and the mail travel encrypted (SSL or STARTTLS). */
    public boolean isEncrypted() {
        return security != MailboxSecurity.NONE;
    }

    public String protocol() {
        return security == MailboxSecurity.SSL ? "imaps" : "imap";
    }

    public Long id() {
        return id;
    }

    public String address() {
        return address;
    }

    public Department department() {
        return department;
    }

    public Category category() {
        return category;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public MailboxSecurity security() {
        return security;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String folder() {
        return folder;
    }

    public String processedFolder() {
        return processedFolder;
    }

    public int pollSeconds() {
        return pollSeconds;
    }

    public boolean isActive() {
        return active;
    }

    public Instant lastPolledAt() {
        return lastPolledAt;
    }

    public String lastError() {
        return lastError;
    }
}
