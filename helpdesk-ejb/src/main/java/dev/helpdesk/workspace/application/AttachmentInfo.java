package dev.helpdesk.workspace.application;

import dev.helpdesk.ticket.domain.AttachmentType;
import java.io.Serializable;

public record AttachmentInfo(Long id, Long replyId, String fileName, String contentType, long sizeBytes)
        implements Serializable {

    /**
     * Whether the message shows the file as a picture under its text: an image of a type the attachment link
     * serves to be shown (PNG, JPEG, GIF, WebP; never SVG), such as a screenshot pasted into a mail.
     */
    public boolean isPreviewed() {
        AttachmentType.Served served = AttachmentType.served(contentType);
        return served.inline() && served.contentType().startsWith("image/");
    }

    /** Whether the file is a PDF, which the browser opens in its own viewer. */
    public boolean isPdf() {
        return AttachmentType.served(contentType).contentType().equals("application/pdf");
    }
}
