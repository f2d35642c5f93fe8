package dev.helpdesk.inbound.domain;

import dev.helpdesk.ticket.domain.FileUpload;
import java.util.List;

/**
 * A message as the help desk uses it: who sent it, its subject and readable text, its files, the messages it
 * answers, and whether a robot wrote it.
 *
 * @param key the message's identity for deduplication: its Message-ID, or a digest of its bytes when it has none
 * @param senderAddress whom the mail is from for the help desk: its Reply-To when it has a usable one (a system
 *                      writing on a person's behalf), else its From
 * @param references the Message-IDs of In-Reply-To and References, nearest first
 * @param authentication what the receiving mail servers found of the sender (SPF, DKIM, DMARC)
 */
public record ParsedMail(String key, String senderAddress, String senderName, String subject, String text,
                         List<FileUpload> attachments, List<String> references, boolean automatic,
                         SenderAuthentication authentication) {

    public ParsedMail {
        attachments = List.copyOf(attachments);
        references = List.copyOf(references);
    }

    /** The sender's name as the mail gives it, else the part of the address before the @. */
    public String displayName() {
        if (senderName != null && !senderName.isBlank()) {
            return senderName.strip();
        }
        return senderAddress.substring(0, senderAddress.indexOf('@'));
    }
}
