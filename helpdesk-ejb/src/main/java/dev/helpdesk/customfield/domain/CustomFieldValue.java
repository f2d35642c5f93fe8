package dev.helpdesk.customfield.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The value a custom field holds on one ticket, customer or organization. */
@Entity
public class CustomFieldValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "field_id")
    private CustomField field;

    private Long ticketProtocol;

    private Long customerId;

    private Long organizationId;

    @Column(name = "field_value")
    private String text;

    protected CustomFieldValue() {
    }

    private CustomFieldValue(CustomField field, Long ticketProtocol, Long customerId, Long organizationId,
                             String value) {
        this.field = field;
        this.ticketProtocol = ticketProtocol;
        this.customerId = customerId;
        this.organizationId = organizationId;
        this.text = value;
    }

    public static CustomFieldValue ofTicket(CustomField field, long protocol, String value) {
        return new CustomFieldValue(field, protocol, null, null, value);
    }

    public static CustomFieldValue ofCustomer(CustomField field, long customerId, String value) {
        return new CustomFieldValue(field, null, customerId, null, value);
    }

    public static CustomFieldValue ofOrganization(CustomField field, long organizationId, String value) {
        return new CustomFieldValue(field, null, null, organizationId, value);
    }

    public void change(String newValue) {
        this.text = newValue;
    }

    public CustomField field() {
        return field;
    }

    public String value() {
        return text;
    }
}
