package dev.helpdesk.notification.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.ticket.domain.Placeholders;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/**
 * An administrator's text for one notification in one language, replacing the built-in one. Subject and body take
 * the placeholders {@code {protocolo}}, {@code {assunto}}, {@code {departamento}}, {@code {cliente.nome}},
 * {@code {atendente.nome}}, {@code {destinatario.nome}}, {@code {mensagem}}, {@code {status}} and {@code {link}}.
 */
@Entity
public class MailTemplate {

    public static final int MAX_SUBJECT_LENGTH = 300;
    public static final int MAX_BODY_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    private Language language;

    private String subject;

    private String body;

    private Instant updatedAt;

    @Version
    private long version;

    protected MailTemplate() {
    }

    public MailTemplate(NotificationKind kind, Language language, String subject, String body, Instant now) {
        this.kind = kind;
        this.language = language;
        change(subject, body, now);
    }

    public final void change(String newSubject, String newBody, Instant now) {
        this.subject = Inputs.requiredText("subject", newSubject, MAX_SUBJECT_LENGTH);
        this.body = Inputs.requiredText("body", newBody, MAX_BODY_LENGTH);
        this.updatedAt = now;
    }

    /** Subject and body filled in; a value is inserted as written, never read as a placeholder again. */
    public static String[] render(String subject, String body, Map<String, String> values) {
        return new String[] {Placeholders.fill(subject, values).replaceAll("[\\r\\n]+", " "),
                Placeholders.fill(body, values)};
    }

    public NotificationKind kind() {
        return kind;
    }

    public Language language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }
}
