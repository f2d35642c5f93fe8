package dev.helpdesk.inbound.application;

import dev.helpdesk.inbound.domain.MailboxSecurity;
import java.time.Instant;

/**
 * A mailbox as administrators see it; the password never leaves the server.
 *
 * @param encrypted false when the password and the mail cross the network in clear text
 */
public record MailboxView(Long id, String address, Long departmentId, String departmentName, Long categoryId,
                          String host, int port, MailboxSecurity security, boolean encrypted, String username,
                          String folder, String processedFolder, int pollSeconds, boolean active,
                          Instant lastPolledAt, String lastError) {
}
