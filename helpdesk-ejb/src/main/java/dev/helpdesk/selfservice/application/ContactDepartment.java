package dev.helpdesk.selfservice.application;

import java.io.Serializable;

/** A department the public contact form offers. */
public record ContactDepartment(long id, String name) implements Serializable {
}
