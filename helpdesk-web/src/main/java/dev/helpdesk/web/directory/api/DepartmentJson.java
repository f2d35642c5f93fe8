package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.DepartmentView;
import java.util.List;

/**
 * A department with its categories as the API shows it, and whom its mails come from ({@code senderAddress} and
 * {@code senderName}, null for the account's).
 */
public record DepartmentJson(Long id, String name, List<CategoryJson> categories, String senderAddress,
                             String senderName) {

    static DepartmentJson of(DepartmentView v) {
        return new DepartmentJson(v.id(), v.name(),
                v.categories() == null ? null : v.categories().stream().map(CategoryJson::of).toList(),
                v.senderAddress(), v.senderName());
    }
}
