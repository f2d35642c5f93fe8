package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.EntityManager;

/** The department and category a request names by id, or the field error saying it names none. */
public final class Classifications {

    private Classifications() {
    }

    public static Department department(EntityManager em, Long id) {
        Inputs.required("departmentId", id);
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new InvalidInputException("departmentId", "validation.department.unknown");
        }
        return department;
    }

    public static Category category(EntityManager em, Long id) {
        Inputs.required("categoryId", id);
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new InvalidInputException("categoryId", "validation.category.unknown");
        }
        return category;
    }
}
