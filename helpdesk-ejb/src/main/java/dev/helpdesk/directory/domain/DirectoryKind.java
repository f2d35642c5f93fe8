package dev.helpdesk.directory.domain;

/** Where a user's password is checked: the help desk's own database, or the company's LDAP / Active Directory. */
public enum DirectoryKind {
    LOCAL, LDAP
}
