package dev.helpdesk.directory.application;

import java.io.Serializable;
import java.util.List;

public record DepartmentView(Long id, String name, List<CategoryView> categories) implements Serializable {
}
