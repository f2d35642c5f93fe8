package dev.helpdesk.inbound.domain;

import dev.helpdesk.ticket.domain.FileUpload;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as the help desk uses it: who sent it, its subject and readable text, its files, the messages it
 * answers, and whether a robot wrote it.
 *
 * @param key the message's identity for deduplication: its Message-ID, or a digest of its bytes when it has none
 * @param senderAddress whom the mail is from for the help desk: its Reply-To when it has a usable one (a system
 *                      writing on a person's behalf), else its From
 * @param references the Message-IDs of In-Reply-To and References, nearest first
 */
public record ParsedMail(String key, String senderAddress, String senderName, String subject, String text,
                         List<FileUpload> attachments, List<String> references, boolean automatic) {

    /** The thread id every mail about a ticket carries in In-Reply-To and References. */
    private static final Pattern THREAD_ID = Pattern.compile("^<ticket-(\\d{1,18})@helpdesk>$");
    /** The protocol as notification subjects show it, e.g. "[#1234] Resposta ao seu chamado". */
    private static final Pattern SUBJECT_PROTOCOL = Pattern.compile("\\[#(\\d{1,18})]");

    public ParsedMail {
        attachments = List.copyOf(attachments);
        references = List.copyOf(references);
    }

    /** The ticket a reply names through the help desk's own thread id, if it carries one. */
    public Optional<Long> threadProtocol() {
        for (String reference : references) {
            Matcher matcher = THREAD_ID.matcher(reference);
            if (matcher.matches()) {
                return Optional.of(Long.parseLong(matcher.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The ticket the subject names as "[#protocol]", for mail programs that drop the thread headers. */
    public Optional<Long> subjectProtocol() {
        Matcher matcher = SUBJECT_PROTOCOL.matcher(subject == null ? "" : subject);
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** The sender's name as the mail gives it, else the part of the address before the @. */
    public String displayName() {
        if (senderName != null && !senderName.isBlank()) {
            return senderName.strip();
        }
        return senderAddress.substring(0, senderAddress.indexOf('@'));
    }
}
