package dev.helpdesk.web.notification.api;

import dev.helpdesk.notification.application.TemplateView;
import dev.helpdesk.notification.domain.NotificationKind;
import dev.helpdesk.shared.domain.Language;

/** A notification's e-mail template in one language as the API shows it. */
public record TemplateJson(NotificationKind kind, Language language, String subject, String body,
                           boolean customized) {

    static TemplateJson of(TemplateView v) {
        return new TemplateJson(v.kind(), v.language(), v.subject(), v.body(), v.customized());
    }
}
