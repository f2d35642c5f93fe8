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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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

    /** One kind's text in every language, read in one query, for mailing several recipients. */
    public Map<Language, TemplateView> ofKind(NotificationKind kind) {
        Map<Language, TemplateView> texts = new EnumMap<>(Language.class);
        Arrays.stream(Language.values()).forEach(language -> texts.put(language, builtIn(kind, language)));
        em.createQuery("SELECT t FROM MailTemplate t WHERE t.kind = :kind", MailTemplate.class)
                .setParameter("kind", kind)
                .getResultList()
                .forEach(t -> texts.put(t.language(), customized(t)));
        return texts;
    }

    /** Every kind in every language, read in one query. */
    public List<TemplateView> all() {
        Map<String, TemplateView> stored = new HashMap<>();
        em.createQuery("SELECT t FROM MailTemplate t", MailTemplate.class).getResultList()
                .forEach(t -> stored.put(t.kind() + "/" + t.language(), customized(t)));
        return Arrays.stream(NotificationKind.values())
                .flatMap(kind -> Arrays.stream(Language.values()).map(language ->
                        stored.getOrDefault(kind + "/" + language, builtIn(kind, language))))
                .toList();
    }

    public TemplateView current(NotificationKind kind, Language language) {
        return ofKind(kind).get(language);
    }

    /** Subject and body filled in. */
    public static String[] render(TemplateView template, Map<String, String> values) {
        return MailTemplate.render(template.subject(), template.body(), values);
    }

    private static TemplateView customized(MailTemplate template) {
        return new TemplateView(template.kind(), template.language(), template.subject(), template.body(), true);
    }

    public static TemplateView builtIn(NotificationKind kind, Language language) {
        return new TemplateView(kind, language, MailTexts.raw("notify." + kind + ".subject", language),
                MailTexts.raw("notify." + kind + ".body", language), false);
    }
}
