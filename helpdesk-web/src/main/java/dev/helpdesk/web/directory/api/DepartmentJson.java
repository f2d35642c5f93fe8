package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.DepartmentView;
import java.util.List;

/**
 * A department with its categories as the API shows it, whom its mails come from ({@code senderAddress} and
 * {@code senderName}, null for the account's), its place in lists ({@code position}, 1 the first) and whether it
 * is offered for new tickets ({@code active}).
 */
public record DepartmentJson(Long id, String name, List<CategoryJson> categories, String senderAddress,
                             String senderName, int position, boolean active) {

    static DepartmentJson of(DepartmentView v) {
        return new DepartmentJson(v.id(), v.name(),
                v.categories() == null ? null : v.categories().stream().map(CategoryJson::of).toList(),
                v.senderAddress(), v.senderName(), v.position(), v.active());
    }
}
