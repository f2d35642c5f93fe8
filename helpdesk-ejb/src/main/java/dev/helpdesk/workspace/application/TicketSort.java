package dev.helpdesk.workspace.application;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The order of a ticket list: a key and a direction, ties broken by the protocol in the same direction, so that
 * every order is total and pages follow one another by keyset. The default is the newest ticket first.
 */
public record TicketSort(Key key, boolean ascending) implements Serializable {

    public static final TicketSort NEWEST_FIRST = new TicketSort(Key.PROTOCOL, false);

    public enum Key {
        PROTOCOL, CREATED, UPDATED, PRIORITY,
        /** The deadline clock's due time; tickets without a running deadline come last in either direction. */
        DEADLINE
    }

    public TicketSort {
        key = key == null ? Key.PROTOCOL : key;
    }

    /** The place of {@code row} in this order: the next page starts after the last row of this one. */
    public Position positionOf(TicketSummary row) {
        Object value = switch (key) {
            case PROTOCOL -> null;
            case CREATED -> row.createdAt();
            case UPDATED -> row.updatedAt();
            case PRIORITY -> row.priority().code();
            case DEADLINE -> row.deadlineStoppedAt() == null ? row.deadlineDue() : null;
        };
        return new Position(value, row.protocol());
    }

    /** A position as an opaque text for the caller to hand back ({@link #after(String)} reads it). */
    public String cursor(Position position) {
        String plain = key.name() + "~" + (position.value() == null ? "" : position.value()) + "~"
                + position.protocol();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor of this order names; a cursor of another order, or no cursor, is refused. */
    public Position after(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split("~", -1);
            if (parts.length != 3 || !parts[0].equals(key.name())) {
                throw new InvalidInputException("cursor", "validation.cursor");
            }
            long protocol = Long.parseLong(parts[2]);
            String value = parts[1];
            return switch (key) {
                case PROTOCOL -> new Position(null, protocol);
                case PRIORITY -> new Position(Integer.parseInt(value), protocol);
                case CREATED, UPDATED -> new Position(Instant.parse(value), protocol);
                case DEADLINE -> new Position(value.isEmpty() ? null : Instant.parse(value), protocol);
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException("cursor", "validation.cursor");
        }
    }

    /** A row's place in the order: its sort value (null for the protocol order or a missing deadline). */
    public record Position(Object value, long protocol) implements Serializable {
    }
}
