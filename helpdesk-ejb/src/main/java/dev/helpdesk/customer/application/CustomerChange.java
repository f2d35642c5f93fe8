package dev.helpdesk.customer.application;

import java.util.Map;

/**
 * A customer record as edited by an agent: name, phone, organization (and whether they manage it) and custom
 * fields; the login e-mail stays. A phone or custom field the editor may not see is kept as it is; a null
 * {@code active} or {@code managesOrganization} leaves it as it is.
 */
public record CustomerChange(String name, String phone, Long organizationId, Boolean managesOrganization,
                             Boolean active, Map<Long, String> customFields) {
}
