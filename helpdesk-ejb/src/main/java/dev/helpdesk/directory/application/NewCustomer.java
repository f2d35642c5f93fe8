package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.DirectoryKind;

/** What is needed to register a customer; the password is only for LOCAL customers; the organization optional. */
public record NewCustomer(String name, String email, DirectoryKind directory, String password, String language,
                          Long organizationId) {
}
