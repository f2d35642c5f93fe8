package dev.helpdesk.notification.application;

import dev.helpdesk.notification.domain.MailTemplate;
import dev.helpdesk.notification.domain.NotificationKind;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Management › E-mail templates: every notification in every language, changed or back to the built-in text. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MailTemplateAdminService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailTemplates templates;

    @Inject
    private Clock clock;

    public List<TemplateView> all() {
        return templates.all();
    }

    public TemplateView change(NotificationKind kind, Language language, String subject, String body) {
        MailTemplate template = stored(kind, language);
        if (template == null) {
            em.persist(new MailTemplate(kind, language, subject, body, clock.instant()));
        } else {
            template.change(subject, body, clock.instant());
        }
        em.flush();
        return templates.current(kind, language);
    }

    /** Back to the built-in text. */
    public TemplateView restore(NotificationKind kind, Language language) {
        MailTemplate template = stored(kind, language);
        if (template != null) {
            em.remove(template);
        }
        return MailTemplates.builtIn(kind, language);
    }

    private MailTemplate stored(NotificationKind kind, Language language) {
        return em.createQuery("SELECT t FROM MailTemplate t WHERE t.kind = :kind AND t.language = :language",
                        MailTemplate.class)
                .setParameter("kind", kind)
                .setParameter("language", language)
                .getResultStream().findFirst().orElse(null);
    }
}
