package dev.helpdesk.directory.application;

import java.io.Serializable;
import java.util.List;

/**
 * A department with its categories, by position then name.
 *
 * @param senderAddress the From address of its mails, or null for the account's
 * @param senderName the name shown with it, or null
 * @param position where it stands in lists and menus (1 the first)
 * @param active whether it is offered for new tickets and transfers
 */
public record DepartmentView(Long id, String name, List<CategoryView> categories, String senderAddress,
                             String senderName, int position, boolean active) implements Serializable {
}
