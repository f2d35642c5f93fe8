package dev.helpdesk.directory.application;

import java.util.List;

/**
 * Something of an area above the directory that keeps opening tickets in a department or a category by itself
 * (the e-mail channel's active mailboxes). Asked before a department or category is deactivated: while anything
 * still routes new tickets there, the deactivation is refused with their names, so that no mail ends up with
 * nowhere to go.
 */
public interface ClassificationUsers {

    /**
     * What, being active, opens new tickets in the department (with {@code categoryId} null: in any of its
     * categories) or in that one category, each named as people know it (a mailbox's address).
     */
    List<String> activeUsersOf(long departmentId, Long categoryId);
}
