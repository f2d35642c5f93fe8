package dev.helpdesk.shared.domain;

/** The security roles the Elytron domain assigns; the names are the values of the role columns. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String AGENT = "AGENT";
    public static final String CUSTOMER = "CUSTOMER";

    private Roles() {
    }
}
