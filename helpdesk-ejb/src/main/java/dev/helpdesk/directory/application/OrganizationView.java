package dev.helpdesk.directory.application;

import java.io.Serializable;

public record OrganizationView(Long id, String name, Long parentId) implements Serializable {
}
