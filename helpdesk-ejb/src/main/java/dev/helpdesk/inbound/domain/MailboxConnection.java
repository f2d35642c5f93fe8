package dev.helpdesk.inbound.domain;

/** Where and how a mailbox is read; a null port means the security's usual one, a blank password keeps the old. */
public record MailboxConnection(String host, Integer port, MailboxSecurity security, String username,
                                String password, String folder, String processedFolder, Integer pollSeconds) {
}
