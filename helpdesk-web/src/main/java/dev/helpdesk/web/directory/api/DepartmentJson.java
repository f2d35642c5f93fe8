package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.DepartmentView;
import java.util.List;

/** A department with its categories as the API shows it. */
public record DepartmentJson(Long id, String name, List<CategoryJson> categories) {

    static DepartmentJson of(DepartmentView v) {
        return new DepartmentJson(v.id(), v.name(),
                v.categories() == null ? null : v.categories().stream().map(CategoryJson::of).toList());
    }
}
