package dev.helpdesk.inbound.application;

import dev.helpdesk.inbound.domain.MailboxConnection;
import dev.helpdesk.inbound.domain.MailboxSecurity;

/** A new mailbox or new settings for one; a blank password keeps the stored one. */
public record MailboxRequest(String address, Long departmentId, Long categoryId, String host, Integer port,
                             MailboxSecurity security, String username, String password, String folder,
                             String processedFolder, Integer pollSeconds, Boolean active) {

    public MailboxConnection connection() {
        return new MailboxConnection(host, port, security, username, password, folder, processedFolder, pollSeconds);
    }
}
