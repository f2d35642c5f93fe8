package dev.helpdesk.inbound.application;

import dev.helpdesk.inbound.domain.BlockedSenders;
import dev.helpdesk.inbound.domain.ParsedMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a mail's sender is on the blocklist: its From or its Reply-To (a sender could otherwise slip through by
 * naming someone else as Reply-To), by address or by domain. One indexed query per mail, whatever the size of the
 * list. Internal: asked by the mail intake.
 */
@Stateless
@LocalBean
@PermitAll
public class SenderBlocklist {

    /** The reason a blocked mail is recorded with, and the error of a retry of one. */
    public static final String BLOCKED = "inbound.reason.blocked";

    @PersistenceContext
    private EntityManager em;

    /** The entry that blocks the mail, if one does. */
    public Optional<String> blocking(ParsedMail mail) {
        Set<String> candidates = new LinkedHashSet<>(BlockedSenders.entriesBlocking(mail.fromAddress()));
        candidates.addAll(BlockedSenders.entriesBlocking(mail.senderAddress()));
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<String> found = em.createQuery("SELECT b.entry FROM BlockedSender b WHERE b.entry IN :entries",
                        String.class)
                .setParameter("entries", List.copyOf(candidates)).getResultList();
        // the most specific entry names the block: the address before its domain, a subdomain before its parent
        return candidates.stream().filter(found::contains).findFirst();
    }
}
