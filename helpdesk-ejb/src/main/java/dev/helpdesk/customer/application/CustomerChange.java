package dev.helpdesk.customer.application;

import java.util.Map;

/**
 * A customer record as edited by an agent: name, phone, organization and custom fields; the login e-mail stays.
 * A phone or custom field the editor may not see is kept as it is.
 */
public record CustomerChange(String name, String phone, Long organizationId, Boolean active,
                             Map<Long, String> customFields) {
}
