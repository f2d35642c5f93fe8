package dev.helpdesk.directory.application;

public record CategoryView(Long id, String name) {
}
