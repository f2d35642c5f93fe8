package dev.helpdesk.directory.application;

import java.io.Serializable;

/**
 * A category of a department.
 *
 * @param position where it stands among the department's categories (1 the first)
 * @param active whether it is offered for new tickets and transfers
 */
public record CategoryView(Long id, String name, int position, boolean active) implements Serializable {
}
