package dev.helpdesk.directory.application;

import java.io.Serializable;
import java.util.List;

/**
 * A department with its categories.
 *
 * @param senderAddress the From address of its mails, or null for the account's
 * @param senderName the name shown with it, or null
 */
public record DepartmentView(Long id, String name, List<CategoryView> categories, String senderAddress,
                             String senderName) implements Serializable {
}
