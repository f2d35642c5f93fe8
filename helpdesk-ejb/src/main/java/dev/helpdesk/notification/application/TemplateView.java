package dev.helpdesk.notification.application;

import dev.helpdesk.notification.domain.NotificationKind;
import dev.helpdesk.shared.domain.Language;
import java.io.Serializable;

/** A notification's text in one language; {@code customized} when an administrator replaced the built-in one. */
public record TemplateView(NotificationKind kind, Language language, String subject, String body,
                           boolean customized) implements Serializable {
}
