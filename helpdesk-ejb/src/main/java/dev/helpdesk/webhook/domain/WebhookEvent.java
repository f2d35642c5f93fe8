package dev.helpdesk.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a webhook reports: a ticket or customer was created, updated or deleted. The body is TomTicket's, byte for
 * byte: compact JSON with the keys {@code type}, {@code id}, {@code action} in that order; the receiver reads the
 * object through the API.
 */
public record WebhookEvent(ObjectType type, String objectId, Action action) {

    public enum ObjectType {
        TICKET, CUSTOMER
    }

    public enum Action {
        CREATED, UPDATED, DELETED
    }

    public byte[] body() {
        return ("{\"type\":\"" + type.name().toLowerCase(Locale.ROOT) + "\",\"id\":\"" + escaped(objectId)
                + "\",\"action\":\"" + action.name().toLowerCase(Locale.ROOT) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
