package dev.helpdesk.security.login.application;

import dev.helpdesk.directory.application.AccountMailRecipientsService;
import dev.helpdesk.directory.domain.AccountMail;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.security.domain.Sha256;
import dev.helpdesk.security.login.domain.KnownDevice;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Unknown-device notice (D6): the browsers each agent signed in from; a panel login from one not seen before
 * mails the agent what it was, from where and when, so that a stolen password shows; the administrators chosen for
 * security notices among the account mails get a copy.
 */
@Stateless
@LocalBean
@PermitAll
public class KnownDevices {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    @EJB
    private AccountMailRecipientsService accountMails;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signedIn(String loginName, String deviceId, String userAgent, String address) {
        Agent agent = em.createQuery("SELECT a FROM Agent a WHERE a.email = :email", Agent.class)
                .setParameter("email", loginName).getResultStream().findFirst().orElse(null);
        if (agent == null) {
            return;
        }
        String hash = Sha256.hex(deviceId);
        Instant now = clock.instant();
        KnownDevice known = em.find(KnownDevice.class, new KnownDevice.Key(agent.id(), hash));
        if (known != null) {
            known.seenAgain(now);
            return;
        }
        String device = describe(userAgent);
        em.persist(new KnownDevice(agent.id(), hash, device, address, now));
        String where = address == null ? "-" : address;
        outbox.write(new MailDraft("new-device:" + agent.id() + ":" + hash, agent.email(),
                MailTexts.subject("newDevice", agent.language()),
                MailTexts.body("newDevice", agent.language(), agent.name(), device, where,
                        MailTexts.when(now, agent.language())), null));
        for (Agent admin : accountMails.administratorsFor(AccountMail.SECURITY_NOTICE)) {
            if (!admin.id().equals(agent.id())) {
                outbox.write(new MailDraft("new-device:" + agent.id() + ":" + hash + ":" + admin.id(), admin.email(),
                        MailTexts.subject("newDeviceOfAgent", admin.language(), agent.name()),
                        MailTexts.body("newDeviceOfAgent", admin.language(), admin.name(), agent.name(),
                                agent.email(), device, where, MailTexts.when(now, admin.language())), null));
            }
        }
    }

    /** Whether the browser with this id signed in to this login before. */
    public boolean isKnown(String loginName, String deviceId) {
        return !em.createQuery("SELECT d.agentId FROM KnownDevice d, Agent a WHERE a.email = :email "
                        + "AND d.agentId = a.id AND d.deviceHash = :hash", Long.class)
                .setParameter("email", loginName).setParameter("hash", Sha256.hex(deviceId))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The browser and system a User-Agent names, in a few words. */
    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String browser = userAgent.contains("Edg/") ? "Edge" : userAgent.contains("Firefox/") ? "Firefox"
                : userAgent.contains("Chrome/") ? "Chrome" : userAgent.contains("Safari/") ? "Safari" : "?";
        String system = userAgent.contains("Windows") ? "Windows" : userAgent.contains("Android") ? "Android"
                : userAgent.contains("iPhone") || userAgent.contains("iPad") ? "iOS"
                : userAgent.contains("Mac OS") ? "macOS" : userAgent.contains("Linux") ? "Linux" : "?";
        return browser + " / " + system + " (" + userAgent.substring(0, Math.min(200, userAgent.length())) + ")";
    }
}
