package dev.helpdesk.notification.application;

import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.notification.domain.MailTemplate;
import dev.helpdesk.notification.domain.NotificationKind;
import dev.helpdesk.shared.domain.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * The text of each notification in each language: the administrator's template where there is one, else the
 * built-in text ({@code notify.<KIND>.subject} and {@code .body} in the mail bundles). Internal; administrators
 * change them through {@link MailTemplateAdminService}.
 */
@Stateless
@LocalBean
@PermitAll
public class MailTemplates {

    @PersistenceContext
    private EntityManager em;

    /** Subject and body for the recipient's language, filled in. */
    public String[] render(NotificationKind kind, Language language, Map<String, String> values) {
        TemplateView template = current(kind, language);
        return MailTemplate.render(template.subject(), template.body(), values);
    }

    public TemplateView current(NotificationKind kind, Language language) {
        return em.createQuery("SELECT t FROM MailTemplate t WHERE t.kind = :kind AND t.language = :language",
                        MailTemplate.class)
                .setParameter("kind", kind)
                .setParameter("language", language)
                .getResultStream()
                .findFirst()
                .map(t -> new TemplateView(kind, language, t.subject(), t.body(), true))
                .orElseGet(() -> builtIn(kind, language));
    }

    public static TemplateView builtIn(NotificationKind kind, Language language) {
        return new TemplateView(kind, language, MailTexts.raw("notify." + kind + ".subject", language),
                MailTexts.raw("notify." + kind + ".body", language), false);
    }
}
