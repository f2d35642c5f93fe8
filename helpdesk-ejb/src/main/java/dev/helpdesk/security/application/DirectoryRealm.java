package dev.helpdesk.security.application;

import dev.helpdesk.directory.domain.LoginName;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.as.server.CurrentServiceContainer;
import org.jboss.msc.service.ServiceController;
import org.jboss.msc.service.ServiceName;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.Attributes;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * The server's LDAP realm (security.cli's helpdesk-ldap-realm), asked directly: the same connection, service
 * account, search base and user filter that verify directory passwords at login. The security domain cannot tell
 * "the directory is down" from "no such user" (it skips a realm that does not answer), so this is how the
 * administrator's connection test and the login page learn that the directory is unreachable.
 */
@Stateless
public class DirectoryRealm {

    static final String REALM = "helpdesk-ldap-realm";
    private static final ServiceName REALM_SERVICE = ServiceName.parse("org.wildfly.security.security-realm." + REALM);
    /** A name no directory holds: looking it up still connects, binds as the service account and searches. */
    private static final String PROBE = "helpdesk-connection-probe";
    private static final Logger LOG = Logger.getLogger(DirectoryRealm.class.getName());

    @EJB
    private LoginIdentities identities;

    /** Connects and looks the login name up (or only connects, when it is blank). */
    @RolesAllowed(Roles.ADMIN)
    public DirectoryCheck check(String login) {
        String name = login == null || login.isBlank() ? null : LoginName.normalized(login);
        long start = System.nanoTime();
        Optional<SecurityRealm> realm = realm();
        if (realm.isEmpty()) {
            return DirectoryCheck.unreachable(0, "The server has no LDAP realm named " + REALM);
        }
        try {
            return lookUp(realm.get(), name == null ? PROBE : name, identity -> {
                boolean found = identity.exists();
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (name == null) {
                    return new DirectoryCheck(true, millis, null, null, false, null, null, null, null, null, null);
                }
                Attributes attributes = found ? identity.getAttributes() : Attributes.EMPTY;
                Optional<String> signsInAs = identities.emailOf(name).filter(identities::isRegistered)
                        .or(() -> directoryUserAmong(attributes));
                return new DirectoryCheck(true, millis, null, name, found, first(attributes, "dn"),
                        first(attributes, "mail"), first(attributes, "userPrincipalName"),
                        first(attributes, "sAMAccountName"), first(attributes, "cn"),
                        signsInAs.flatMap(identities::registration).orElse(null));
            });
        } catch (RealmUnavailableException e) {
            return DirectoryCheck.unreachable((System.nanoTime() - start) / 1_000_000, causes(e));
        }
    }

    /** Whether the directory does not answer right now; asked after a directory user's login failed. */
    @PermitAll
    public boolean isUnreachable() {
        Optional<SecurityRealm> realm = realm();
        if (realm.isEmpty()) {
            return false;
        }
        try {
            lookUp(realm.get(), PROBE, RealmIdentity::exists);
            return false;
        } catch (RealmUnavailableException e) {
            LOG.log(Level.WARNING, "The LDAP directory does not answer: {0}", causes(e));
            return true;
        }
    }

    /**
     * The registered directory user a login name the help desk does not know stands for, by the entry the
     * directory finds for it: its mail, or its user principal name, must be that user's e-mail. This is how an
     * Active Directory user signs in with the account name or the user principal name when the help desk has their
     * mailbox. The password is then verified against that same entry, found by the same name.
     */
    @PermitAll
    public Optional<String> registeredUserFoundBy(String login) {
        Optional<SecurityRealm> realm = realm();
        if (realm.isEmpty()) {
            return Optional.empty();
        }
        try {
            return lookUp(realm.get(), LoginName.normalized(login),
                    identity -> identity.exists() ? directoryUserAmong(identity.getAttributes()) : Optional.empty());
        } catch (RealmUnavailableException e) {
            LOG.log(Level.WARNING, "The LDAP directory does not answer: {0}", causes(e));
            return Optional.empty();
        }
    }

    private Optional<String> directoryUserAmong(Attributes entry) {
        return Stream.of(first(entry, "mail"), first(entry, "userPrincipalName"))
                .filter(Objects::nonNull).map(address -> address.toLowerCase(Locale.ROOT))
                .filter(identities::isDirectoryUser).findFirst();
    }

    /**
     * Whether the directory accepts this password for the entry the login name finds (a bind as that entry), the
     * check a login makes; false too when the directory does not answer.
     */
    @PermitAll
    public boolean accepts(String login, String password) {
        Optional<SecurityRealm> realm = realm();
        if (realm.isEmpty() || password == null || password.isEmpty()) {
            return false;
        }
        try {
            return lookUp(realm.get(), LoginName.normalized(login), identity -> identity.exists()
                    && identity.verifyEvidence(new PasswordGuessEvidence(password.toCharArray())));
        } catch (RealmUnavailableException e) {
            LOG.log(Level.WARNING, "The LDAP directory does not answer: {0}", causes(e));
            return false;
        }
    }

    /** What is asked of one directory identity; the identity is released afterwards. */
    @FunctionalInterface
    private interface Lookup<T> {
        T apply(RealmIdentity identity) throws RealmUnavailableException;
    }

    private static <T> T lookUp(SecurityRealm realm, String name, Lookup<T> lookup)
            throws RealmUnavailableException {
        RealmIdentity identity = realm.getRealmIdentity(new NamePrincipal(name));
        try {
            return lookup.apply(identity);
        } finally {
            identity.dispose();
        }
    }

    private static Optional<SecurityRealm> realm() {
        ServiceController<?> service = CurrentServiceContainer.getServiceContainer().getService(REALM_SERVICE);
        if (service == null || service.getState() != ServiceController.State.UP) {
            return Optional.empty();
        }
        return Optional.of((SecurityRealm) service.getValue());
    }

    private static String first(Attributes attributes, String key) {
        return attributes.containsKey(key) && !attributes.get(key).isEmpty() ? attributes.get(key).get(0) : null;
    }

    /** The exception and its causes, as the administrator needs them ("Connection refused", a TLS error, ...). */
    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1000; t = t.getCause()) {
            if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        return text.toString();
    }
}
