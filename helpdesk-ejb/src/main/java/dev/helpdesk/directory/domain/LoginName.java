package dev.helpdesk.directory.domain;

import java.util.Locale;

/**
 * A login name as typed, made the form the realms and the database know: trimmed, lower case, and without the
 * "DOMAIN\" prefix people type on Windows networks ("EMPRESA\joao" signs in as "joao").
 */
public final class LoginName {

    private LoginName() {
    }

    public static String normalized(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        int domainEnd = name.lastIndexOf('\\');
        return name.indexOf('@') < 0 && domainEnd >= 0 ? name.substring(domainEnd + 1) : name;
    }
}
