package dev.helpdesk.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedExtendedRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import dev.helpdesk.demo.DemoDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Hashtable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.AuthenticationException;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The factory against a real LDAP server that offers StartTLS and refuses every simple bind made on a connection
 * that did not upgrade first: with the switch, right credentials bind and wrong ones fail, always over TLS; without
 * it, the bind goes in the clear and is refused; against a server without StartTLS nothing falls back to plain.
 */
class StartTlsContextFactoryTest {

    private static final String BASE = "dc=empresa,dc=example";
    private static final String USER = "uid=ana,ou=people," + BASE;
    private static final Set<Long> upgraded = ConcurrentHashMap.newKeySet();
    private static InMemoryDirectoryServer tlsServer;
    private static InMemoryDirectoryServer plainServer;

    @BeforeAll
    static void servers() throws Exception {
        System.setProperty("javax.net.ssl.trustStore", resource("/demo-directory-trust.p12"));
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        InMemoryDirectoryServerConfig config = config();
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                0, DemoDirectory.startTlsSocketFactory()));
        config.addInMemoryOperationInterceptor(new BindsOnlyOverTls());
        tlsServer = started(config);
        InMemoryDirectoryServerConfig plain = config();
        plain.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                0, null));
        plainServer = started(plain);
    }

    @AfterAll
    static void stop() {
        tlsServer.shutDown(true);
        plainServer.shutDown(true);
    }

    @Test
    void rightCredentialsBindOverTls() throws NamingException {
        DirContext context = new StartTlsContextFactory().getInitialContext(environment(tlsServer, true, "secret"));
        try {
            assertEquals("ana", context.getAttributes(USER).get("uid").get());
        } finally {
            context.close();
        }
    }

    @Test
    void wrongCredentialsFailAtOnce() {
        assertThrows(AuthenticationException.class,
                () -> new StartTlsContextFactory().getInitialContext(environment(tlsServer, true, "wrong")));
    }

    @Test
    void withoutTheSwitchTheBindGoesInTheClear() {
        NamingException refused = assertThrows(NamingException.class,
                () -> new StartTlsContextFactory().getInitialContext(environment(tlsServer, false, "secret"))
                        .getAttributes(USER));
        assertTrue(refused.getMessage().contains("confidentiality"), refused.getMessage());
    }

    @Test
    void aServerWithoutStartTlsIsNeverSpokenToInTheClear() {
        NamingException failure = assertThrows(NamingException.class,
                () -> new StartTlsContextFactory().getInitialContext(environment(plainServer, true, "secret")));
        assertTrue(failure instanceof CommunicationException || failure.getMessage() != null);
    }

    private static Hashtable<String, Object> environment(InMemoryDirectoryServer server, boolean startTls,
                                                         String password) {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.PROVIDER_URL, "ldap://127.0.0.1:" + server.getListenPort());
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, USER);
        env.put(Context.SECURITY_CREDENTIALS, password);
        env.put("com.sun.jndi.ldap.connect.timeout", "5000");
        env.put("com.sun.jndi.ldap.read.timeout", "5000");
        env.put(StartTlsContextFactory.STARTTLS, String.valueOf(startTls));
        return env;
    }

    private static InMemoryDirectoryServerConfig config() throws LDAPException {
        return new InMemoryDirectoryServerConfig(BASE);
    }

    private static InMemoryDirectoryServer started(InMemoryDirectoryServerConfig config) throws LDAPException {
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: empresa");
        server.add("dn: ou=people," + BASE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        server.add("dn: " + USER, "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                "objectClass: inetOrgPerson", "uid: ana", "cn: Ana", "sn: Lima", "userPassword: secret");
        server.startListening();
        return server;
    }

    /** A copy of a class-path resource as a file (the trust store property wants a path). */
    private static String resource(String name) throws IOException {
        Path file = Files.createTempFile("trust", ".p12");
        file.toFile().deleteOnExit();
        try (InputStream in = StartTlsContextFactoryTest.class.getResourceAsStream(name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file.toString();
    }

    /** Refuses simple binds on connections that did not run StartTLS first, as a directory requiring TLS does. */
    private static final class BindsOnlyOverTls extends InMemoryOperationInterceptor {

        @Override
        public void processExtendedRequest(InMemoryInterceptedExtendedRequest request) {
            if (StartTLSExtendedRequest.STARTTLS_REQUEST_OID.equals(request.getRequest().getOID())) {
                upgraded.add(request.getConnectionID());
            }
        }

        @Override
        public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) throws LDAPException {
            if (!request.getRequest().getBindDN().isEmpty() && !upgraded.contains(request.getConnectionID())) {
                throw new LDAPException(ResultCode.CONFIDENTIALITY_REQUIRED, "confidentiality required");
            }
        }
    }
}
