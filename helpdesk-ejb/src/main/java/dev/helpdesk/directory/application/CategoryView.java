package dev.helpdesk.directory.application;

import java.io.Serializable;

public record CategoryView(Long id, String name) implements Serializable {
}
