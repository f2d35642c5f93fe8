package dev.helpdesk.customfield.application;

import dev.helpdesk.customfield.domain.CustomField;
import dev.helpdesk.customfield.domain.CustomFieldForm;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.customfield.domain.CustomFieldType;
import dev.helpdesk.customfield.domain.CustomFieldValue;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Checks and keeps the values of custom fields, inside the use case that owns the ticket, customer or
 * organization (which has already checked who calls): a refused value rolls the whole change back.
 */
@Stateless
@LocalBean
@PermitAll
public class CustomFieldValues {

    @PersistenceContext
    private EntityManager em;

    public List<CustomField> fieldsFor(CustomFieldPlace place, Long departmentId) {
        return em.createQuery("SELECT f FROM CustomField f LEFT JOIN FETCH f.department "
                        + "WHERE f.place = :place AND f.active = TRUE ORDER BY f.position, f.id", CustomField.class)
                .setParameter("place", place)
                .getResultList().stream()
                .filter(f -> f.appliesTo(place, departmentId))
                .toList();
    }

    /** Checks the submitted values against the ticket form of this place and department, and keeps them. */
    public void keepForTicket(long protocol, CustomFieldPlace place, Long departmentId, Map<Long, String> submitted) {
        keep(fieldsFor(place, departmentId), submitted, "ticketProtocol", protocol,
                (field, value) -> CustomFieldValue.ofTicket(field, protocol, value));
    }

    /** The customer record's fields: every one of them is replaced (a field left empty loses its value). */
    public void keepForCustomer(long customerId, Map<Long, String> submitted) {
        keep(fieldsFor(CustomFieldPlace.CUSTOMER, null), submitted, "customerId", customerId,
                (field, value) -> CustomFieldValue.ofCustomer(field, customerId, value));
    }

    public void keepForOrganization(long organizationId, Map<Long, String> submitted) {
        keep(fieldsFor(CustomFieldPlace.ORGANIZATION, null), submitted, "organizationId", organizationId,
                (field, value) -> CustomFieldValue.ofOrganization(field, organizationId, value));
    }

    /** Removes a deleted ticket's values. */
    public void forgetTicket(long protocol) {
        em.createQuery("DELETE FROM CustomFieldValue v WHERE v.ticketProtocol = :protocol")
                .setParameter("protocol", protocol).executeUpdate();
    }

    /** Removes a deleted customer's values. */
    public void forgetCustomer(long customerId) {
        em.createQuery("DELETE FROM CustomFieldValue v WHERE v.customerId = :customer")
                .setParameter("customer", customerId).executeUpdate();
    }

    public List<FieldValue> ofTicket(long protocol) {
        return of("ticketProtocol", protocol);
    }

    public List<FieldValue> ofCustomer(long customerId) {
        return of("customerId", customerId);
    }

    /** The values of several customers in one query, by customer id: for a page of a list. */
    public Map<Long, List<FieldValue>> ofCustomers(List<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT v.customerId, f.id, f.label, f.place, f.type, v.text "
                        + "FROM CustomFieldValue v JOIN v.field f WHERE v.customerId IN :ids "
                        + "ORDER BY f.position, f.id", Object[].class)
                .setParameter("ids", customerIds)
                .getResultStream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(
                        r -> new FieldValue((Long) r[1], (String) r[2], (CustomFieldPlace) r[3],
                                (CustomFieldType) r[4], (String) r[5]), Collectors.toList())));
    }

    public List<FieldValue> ofOrganization(long organizationId) {
        return of("organizationId", organizationId);
    }

    private List<FieldValue> of(String owner, long ownerId) {
        return em.createQuery("SELECT new dev.helpdesk.customfield.application.FieldValue("
                        + "f.id, f.label, f.place, f.type, v.text) FROM CustomFieldValue v JOIN v.field f "
                        + "WHERE v." + owner + " = :owner ORDER BY f.place, f.position, f.id", FieldValue.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    private void keep(List<CustomField> fields, Map<Long, String> submitted, String owner, long ownerId,
                      BiFunction<CustomField, String, CustomFieldValue> fresh) {
        Map<CustomField, String> accepted = new CustomFieldForm(fields).accept(submitted);
        if (fields.isEmpty()) {
            return;
        }
        Map<Long, CustomFieldValue> existing = em.createQuery("SELECT v FROM CustomFieldValue v "
                        + "WHERE v.field IN :fields AND v." + owner + " = :owner", CustomFieldValue.class)
                .setParameter("fields", fields).setParameter("owner", ownerId)
                .getResultStream()
                .collect(Collectors.toMap(v -> v.field().id(), v -> v));
        for (CustomField field : fields) {
            String value = accepted.get(field);
            CustomFieldValue current = existing.get(field.id());
            if (value == null && current != null) {
                em.remove(current);
            } else if (value != null && current == null) {
                em.persist(fresh.apply(field, value));
            } else if (value != null) {
                current.change(value);
            }
        }
    }
}
