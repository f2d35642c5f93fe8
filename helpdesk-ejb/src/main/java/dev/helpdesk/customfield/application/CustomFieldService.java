package dev.helpdesk.customfield.application;

import dev.helpdesk.customfield.domain.CustomField;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Defines the account's custom fields (administrators) and tells each form which fields it asks for. */
@Stateless
public class CustomFieldService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CustomFieldValues values;

    @RolesAllowed(Roles.ADMIN)
    public CustomFieldView create(CustomFieldDefinition definition) {
        Inputs.required("body", definition);
        CustomField field = new CustomField(definition.label(), definition.place(), definition.type(),
                definition.required(), definition.options(), department(definition.departmentId()),
                definition.position() == null ? nextPosition(definition.place()) : definition.position());
        em.persist(field);
        em.flush();
        return CustomFieldView.of(field);
    }

    /** Changes label, required flag, options, department and position; place and type stay. */
    @RolesAllowed(Roles.ADMIN)
    public CustomFieldView change(long id, CustomFieldDefinition definition) {
        Inputs.required("body", definition);
        CustomField field = find(id);
        if ((definition.place() != null && definition.place() != field.place())
                || (definition.type() != null && definition.type() != field.type())) {
            throw new InvalidInputException(definition.place() != field.place() ? "place" : "type",
                    "validation.customField.fixed");
        }
        field.change(definition.label(), definition.required(), definition.options(),
                department(definition.departmentId()),
                definition.position() == null ? field.position() : definition.position());
        return CustomFieldView.of(field);
    }

    /** A field taken out of its form; the values already given stay readable. */
    @RolesAllowed(Roles.ADMIN)
    public CustomFieldView activate(long id, boolean active) {
        CustomField field = find(id);
        field.activate(active);
        return CustomFieldView.of(field);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<CustomFieldView> all() {
        return em.createQuery("SELECT f FROM CustomField f LEFT JOIN FETCH f.department "
                        + "ORDER BY f.place, f.position, f.id", CustomField.class)
                .getResultList().stream().map(CustomFieldView::of).toList();
    }

    /** The active fields a form in this place (and department, for ticket forms) asks for, in order. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.CUSTOMER})
    public List<CustomFieldView> formFor(CustomFieldPlace place, Long departmentId) {
        Inputs.required("place", place);
        return values.fieldsFor(place, departmentId).stream().map(CustomFieldView::of).toList();
    }

    private int nextPosition(CustomFieldPlace place) {
        Integer last = em.createQuery("SELECT MAX(f.position) FROM CustomField f WHERE f.place = :place",
                        Integer.class)
                .setParameter("place", place).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private CustomField find(long id) {
        CustomField field = em.find(CustomField.class, id);
        if (field == null) {
            throw new NotFoundException("custom field", id);
        }
        return field;
    }

    private Department department(Long id) {
        if (id == null) {
            return null;
        }
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new InvalidInputException("departmentId", "validation.department.unknown");
        }
        return department;
    }
}
