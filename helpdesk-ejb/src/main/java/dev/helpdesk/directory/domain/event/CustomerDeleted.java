package dev.helpdesk.directory.domain.event;

import java.time.Instant;

/**
 * A customer without tickets is being deleted: fired before the record goes, so that each area removes its own rows
 * of that customer (API tokens, custom-field values).
 */
public record CustomerDeleted(long customerId, Instant at) {
}
