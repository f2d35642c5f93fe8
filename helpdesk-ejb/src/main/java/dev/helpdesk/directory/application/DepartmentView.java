package dev.helpdesk.directory.application;

import java.util.List;

public record DepartmentView(Long id, String name, List<CategoryView> categories) {
}
