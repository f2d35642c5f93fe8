package dev.helpdesk.directory.infrastructure;

import dev.helpdesk.ldap.StartTlsContextFactory;
import dev.helpdesk.shared.infrastructure.Settings;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapContext;

/**
 * The company's LDAP / Active Directory over JNDI, with the settings the server's LDAP realm is configured with:
 * security.cli reads the same {@code HELPDESK_LDAP_*} variables with the same defaults, so this client connects,
 * binds as the service account and searches exactly as the realm does at login (StartTLS included, through the
 * same context factory). The login name reaches the directory only as a filter argument, which JNDI escapes.
 */
public final class LdapDirectory {

    /** How long connecting may take, as the realm's dir-context (security.cli {@code connection-timeout}). */
    public static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** How long an answer may take, as the realm's dir-context (security.cli {@code read-timeout}). */
    public static final int READ_TIMEOUT_MILLIS = 10_000;
    /**
     * The one wait an attempt to reach the directory may cost: connecting plus one answer. JNDI bounds each step on
     * its own (a bind waits as long as connecting may take, StartTLS and searches as long as an answer may), so a
     * directory that stops answering part way could cost more than one step; callers that must answer a person in
     * time hold the whole attempt to this deadline.
     */
    public static final int ATTEMPT_DEADLINE_MILLIS = CONNECT_TIMEOUT_MILLIS + READ_TIMEOUT_MILLIS;

    /** The attributes an entry is read with (the realm's attribute mapping). */
    public static final List<String> ATTRIBUTES = List.of("mail", "userPrincipalName", "sAMAccountName", "cn");

    private final String url;
    private final String bindDn;
    private final String bindPassword;
    private final String baseDn;
    private final String userFilter;
    private final boolean startTls;

    LdapDirectory(String url, String bindDn, String bindPassword, String baseDn, String userFilter,
                  boolean startTls) {
        this.url = url;
        this.bindDn = bindDn;
        this.bindPassword = bindPassword;
        this.baseDn = baseDn;
        this.userFilter = userFilter;
        this.startTls = startTls;
    }

    /** The directory as the deployment's settings name it (the defaults are security.cli's). */
    public static LdapDirectory configured() {
        return new LdapDirectory(Settings.get("ldap.url", "ldap://localhost:10389"),
                Settings.get("ldap.bind.dn", "uid=helpdesk,ou=services,dc=empresa,dc=example"),
                Settings.get("ldap.bind.password", "helpdesk-bind"),
                Settings.get("ldap.base.dn", "ou=people,dc=empresa,dc=example"),
                Settings.get("ldap.user.filter", "(|(mail={0})(userPrincipalName={0})(sAMAccountName={0}))"),
                Settings.flag("ldap.starttls"));
    }

    /** An entry: its distinguished name and the {@link #ATTRIBUTES} it has ({@code dn} among them). */
    public record Entry(String dn, Map<String, String> attributes) {

        public String attribute(String name) {
            return attributes.get(name);
        }
    }

    /**
     * The entry the login name finds with the user filter, as the service account sees it; empty when none does.
     * Throws when the directory does not answer or refuses the service account.
     */
    public Optional<Entry> find(String login) throws NamingException {
        LdapContext context = connect(bindDn, bindPassword);
        try {
            SearchControls controls = new SearchControls(SearchControls.SUBTREE_SCOPE, 1, 10_000,
                    ATTRIBUTES.toArray(String[]::new), false, false);
            NamingEnumeration<SearchResult> results = context.search(baseDn, userFilter, new Object[] {login},
                    controls);
            try {
                return results.hasMore() ? Optional.of(entry(results.next())) : Optional.empty();
            } finally {
                results.close();
            }
        } finally {
            context.close();
        }
    }

    /** Whether the directory accepts the password for the entry (a bind as that entry, over its own connection). */
    public boolean accepts(Entry entry, String password) throws NamingException {
        if (password == null || password.isEmpty()) {
            return false;
        }
        try {
            connect(entry.dn(), password).close();
            return true;
        } catch (AuthenticationException wrong) {
            return false;
        }
    }

    private LdapContext connect(String principal, String credentials) throws NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, principal);
        env.put(Context.SECURITY_CREDENTIALS, credentials);
        env.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        env.put("com.sun.jndi.ldap.read.timeout", String.valueOf(READ_TIMEOUT_MILLIS));
        env.put(StartTlsContextFactory.STARTTLS, String.valueOf(startTls));
        LdapContext context = (LdapContext) new StartTlsContextFactory().getInitialContext(env);
        // binds now, so that wrong credentials fail here and not on the first search
        context.getAttributes("", new String[] {"1.1"});
        return context;
    }

    private static Entry entry(SearchResult result) throws NamingException {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("dn", result.getNameInNamespace());
        for (String name : ATTRIBUTES) {
            Attribute attribute = result.getAttributes().get(name);
            if (attribute != null && attribute.size() > 0) {
                attributes.put(name, String.valueOf(attribute.get(0)));
            }
        }
        return new Entry(result.getNameInNamespace(), Map.copyOf(attributes));
    }
}
