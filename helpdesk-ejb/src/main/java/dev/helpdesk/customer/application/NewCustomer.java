package dev.helpdesk.customer.application;

import dev.helpdesk.directory.domain.DirectoryKind;
import java.util.Map;

/**
 * What is needed to register a customer; the password is only for LOCAL customers, the directory account name
 * (optional) only for LDAP ones; organization, phone and the customer record's custom fields (by id) as the account
 * defines them.
 */
public record NewCustomer(String name, String email, DirectoryKind directory, String password,
                          String directoryAccount, String language, Long organizationId, String phone,
                          Map<Long, String> customFields) {
}
