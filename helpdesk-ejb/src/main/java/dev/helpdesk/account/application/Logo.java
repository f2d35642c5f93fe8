package dev.helpdesk.account.application;

public record Logo(String contentType, byte[] image) {
}
