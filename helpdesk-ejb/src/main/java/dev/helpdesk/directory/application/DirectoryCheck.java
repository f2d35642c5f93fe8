package dev.helpdesk.directory.application;

import java.io.Serializable;

/**
 * What the server's LDAP realm answered to the administrator's connection test: whether the directory answered (and
 * how long it took), or why not; and for a login name, the directory entry found and the help desk user it signs
 * in as.
 */
public record DirectoryCheck(boolean reachable, long millis, String error, String login, boolean found,
                             String dn, String mail, String userPrincipalName, String accountName, String name,
                             String registeredAs) implements Serializable {

    static DirectoryCheck unreachable(long millis, String error) {
        return new DirectoryCheck(false, millis, error, null, false, null, null, null, null, null, null);
    }
}
