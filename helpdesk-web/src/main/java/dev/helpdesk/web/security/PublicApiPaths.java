package dev.helpdesk.web.security;

import dev.helpdesk.web.security.api.PasswordResetResource;
import dev.helpdesk.web.selfservice.api.ContactResource;
import dev.helpdesk.web.selfservice.api.RegistrationResource;
import java.util.HashSet;
import java.util.Set;

/**
 * The API paths open without a token, as the login page is: each resource lists its own, and the authentication
 * mechanism lets a call to one of them through when it carries no {@code Authorization} header (with one, the token
 * is checked as anywhere else). The services behind them are the guards: switches, one-time links, throttles.
 */
final class PublicApiPaths {

    private static final Set<String> ALL = union(PasswordResetResource.PUBLIC_PATHS,
            RegistrationResource.PUBLIC_PATHS, ContactResource.PUBLIC_PATHS);

    private PublicApiPaths() {
    }

    static boolean contains(String path) {
        return ALL.contains(path);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... lists) {
        Set<String> all = new HashSet<>();
        for (Set<String> list : lists) {
            all.addAll(list);
        }
        return Set.copyOf(all);
    }
}
