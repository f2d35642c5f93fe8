package dev.helpdesk.ticket.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A file sent with a ticket or with one of its replies, kept in the database. */
@Entity
public class Attachment {

    public static final int MAX_FILE_NAME_LENGTH = 255;
    public static final long MAX_SIZE_BYTES = 10L * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_protocol")
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reply_id")
    private Reply reply;

    private String fileName;

    private String contentType;

    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private Instant createdAt;

    protected Attachment() {
    }

    Attachment(Ticket ticket, Reply reply, FileUpload file, Instant now) {
        this.ticket = ticket;
        this.reply = reply;
        this.fileName = cleanFileName(file.fileName());
        this.contentType = AttachmentType.declared(file.contentType());
        if (file.content() == null || file.content().length == 0) {
            throw new InvalidInputException("attachments", "validation.attachment.empty");
        }
        if (file.content().length > MAX_SIZE_BYTES) {
            throw new InvalidInputException("attachments", "validation.attachment.tooLarge");
        }
        this.content = file.content().clone();
        this.sizeBytes = file.content().length;
        this.createdAt = now;
    }

    /** Keeps only the last path segment and drops control characters, so a name can never climb directories. */
    static String cleanFileName(String raw) {
        String name = Inputs.requiredText("attachments", raw == null ? null : raw.replaceAll("\\p{Cntrl}", ""),
                4 * MAX_FILE_NAME_LENGTH);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new InvalidInputException("attachments", "validation.attachment.name");
        }
        return name.length() > MAX_FILE_NAME_LENGTH ? name.substring(name.length() - MAX_FILE_NAME_LENGTH) : name;
    }

    public Long id() {
        return id;
    }

    public Ticket ticket() {
        return ticket;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content.clone();
    }
}
