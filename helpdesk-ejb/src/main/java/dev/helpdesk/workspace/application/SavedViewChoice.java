package dev.helpdesk.workspace.application;

import java.io.Serializable;

/**
 * A saved ticket list offered to the caller: one of their own ({@code mine}), or one an administrator shares with
 * the caller's permission group. {@code query} is the list's address query.
 */
public record SavedViewChoice(Long id, String name, String query, boolean mine, Long sharedGroupId,
                              String sharedGroupName) implements Serializable {
}
