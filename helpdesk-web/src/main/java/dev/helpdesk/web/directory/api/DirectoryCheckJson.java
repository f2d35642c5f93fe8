package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.DirectoryCheck;

/** The outcome of the administrator's company directory test as the API shows it. */
public record DirectoryCheckJson(boolean reachable, long millis, String error, String login, boolean found,
                                 String dn, String mail, String userPrincipalName, String accountName, String name,
                                 String registeredAs) {

    static DirectoryCheckJson of(DirectoryCheck v) {
        return new DirectoryCheckJson(v.reachable(), v.millis(), v.error(), v.login(), v.found(), v.dn(), v.mail(),
                v.userPrincipalName(), v.accountName(), v.name(), v.registeredAs());
    }
}
