package dev.helpdesk.directory.application;

import java.util.Optional;

/**
 * What the company directory said of a login name: whether it answered at all, and the registered directory user
 * the name stands for (null when it names none, or did not answer).
 */
public record DirectoryLookup(boolean reachable, String registeredUser) {

    public static final DirectoryLookup UNREACHABLE = new DirectoryLookup(false, null);

    static DirectoryLookup answered(String registeredUser) {
        return new DirectoryLookup(true, registeredUser);
    }

    public Optional<String> user() {
        return Optional.ofNullable(registeredUser);
    }
}
