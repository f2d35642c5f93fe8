package dev.helpdesk.directory.application;

/**
 * A new name, place and active flag for a department or a category (Management › Departments, {@code PUT}).
 *
 * @param name required
 * @param position the place in the list, 1 the first (beyond the end: the last); null keeps it
 * @param active false deactivates, true reactivates; null keeps it
 */
public record ClassificationChange(String name, Integer position, Boolean active) {
}
