package dev.helpdesk.web.directory.panel;

import dev.helpdesk.directory.application.CategoryView;
import dev.helpdesk.directory.application.DepartmentView;
import java.io.Serializable;
import java.util.List;

/** A department menu and the category menu that depends on it, as forms offer them. */
public class DepartmentCategoryChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<DepartmentView> departments;
    private Long departmentId;
    private Long categoryId;

    public DepartmentCategoryChoice(List<DepartmentView> departments, Long departmentId, Long categoryId) {
        this.departments = List.copyOf(departments);
        this.departmentId = departmentId;
        this.categoryId = categoryId;
    }

    /** The categories of the chosen department. */
    public List<CategoryView> getCategories() {
        return departments.stream().filter(d -> d.id().equals(departmentId)).findFirst()
                .map(DepartmentView::categories).orElse(List.of());
    }

    /** Another department: its categories differ, so the category is chosen again. */
    public void departmentChanged() {
        categoryId = null;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }
}
