package dev.helpdesk.web.inbound.api;

import dev.helpdesk.inbound.application.MailboxView;
import dev.helpdesk.inbound.domain.MailboxSecurity;
import java.time.Instant;

/** A department's IMAP mailbox as the API shows it, without the password; {@code encrypted} false warns. */
public record MailboxJson(Long id, String address, Long departmentId, String departmentName, Long categoryId,
                          String host, int port, MailboxSecurity security, boolean encrypted, String username,
                          String folder, String processedFolder, int pollSeconds, boolean active,
                          Instant lastPolledAt, String lastError) {

    static MailboxJson of(MailboxView v) {
        return new MailboxJson(v.id(), v.address(), v.departmentId(), v.departmentName(), v.categoryId(), v.host(),
                v.port(), v.security(), v.encrypted(), v.username(), v.folder(), v.processedFolder(), v.pollSeconds(), v.active(),
                v.lastPolledAt(), v.lastError());
    }
}
