package dev.helpdesk.notification.application;

import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.notification.domain.MailPreference;
import dev.helpdesk.notification.domain.NotificationKind;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The calling agent's e-mail preferences (C4): which of the agents' notifications they receive; all by default. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class MailPreferenceService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    public Map<NotificationKind, Boolean> mine() {
        long me = currentUser.caller().id();
        Map<NotificationKind, Boolean> wanted = new LinkedHashMap<>();
        Arrays.stream(NotificationKind.values()).filter(NotificationKind::isToAgents)
                .forEach(kind -> wanted.put(kind, true));
        em.createQuery("SELECT p FROM MailPreference p WHERE p.agentId = :me", MailPreference.class)
                .setParameter("me", me)
                .getResultList()
                .forEach(p -> wanted.put(p.kind(), p.isEnabled()));
        return wanted;
    }

    /** The kinds given are set as given; the others stay as they were. */
    public Map<NotificationKind, Boolean> choose(Map<NotificationKind, Boolean> choices) {
        long me = currentUser.caller().id();
        choices.forEach((kind, wanted) -> {
            if (kind == null || !kind.isToAgents() || wanted == null) {
                throw new InvalidInputException("preferences", "validation.option");
            }
            MailPreference preference = em.find(MailPreference.class, new MailPreference.Key(me, kind));
            if (preference == null) {
                em.persist(new MailPreference(me, kind, wanted));
            } else {
                preference.choose(wanted);
            }
        });
        em.flush();
        return mine();
    }
}
