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
 * @param fromAddress the address of its From, lower case (the same as {@code senderAddress} without a Reply-To)
 * @param references the Message-IDs of In-Reply-To and References, nearest first
 * @param automatic an out-of-office reply, a bounce or list mail: kept out of tickets
 * @param suppressesAutoReplies the sender asks not to be answered automatically (no confirmation is sent)
 * @param authentication what the receiving mail servers found of the sender (SPF, DKIM, DMARC)
 */
public record ParsedMail(String key, String senderAddress, String senderName, String fromAddress, String subject,
                         String text, List<FileUpload> attachments, List<String> references, boolean automatic,
                         boolean suppressesAutoReplies, SenderAuthentication authentication) {

    public ParsedMail {
        attachments = List.copyOf(attachments);
        references = List.copyOf(references);
    }

    /** Whether the help desk may answer it automatically (the confirmation of a ticket it opened). */
    public boolean mayBeAnsweredAutomatically() {
        return !automatic && !suppressesAutoReplies;
    }

    /** The sender's name as the mail gives it, else the part of the address before the @. */
    public String displayName() {
        if (senderName != null && !senderName.isBlank()) {
            return senderName.strip();
        }
        return senderAddress.substring(0, senderAddress.indexOf('@'));
    }
}
