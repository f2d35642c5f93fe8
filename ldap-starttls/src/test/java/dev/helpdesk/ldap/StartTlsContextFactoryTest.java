package dev.helpdesk.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import dev.helpdesk.demo.DemoDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Hashtable;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The factory against a real LDAP server, through a relay that records every byte the client sends: with the
 * switch, the right password binds and never crosses the wire in the clear, a wrong one fails at once, and a
 * directory without StartTLS is never sent the password, and one that freezes after accepting StartTLS fails within
 * the read timeout; without the switch, the password is plainly visible.
 */
class StartTlsContextFactoryTest {

    private static final String BASE = "dc=empresa,dc=example";
    private static final String USER = "uid=ana,ou=people," + BASE;
    private static final String PASSWORD = "Only-Over-TLS-7391";
    private static InMemoryDirectoryServer tlsServer;
    private static InMemoryDirectoryServer plainServer;

    @BeforeAll
    static void servers() throws Exception {
        System.setProperty("javax.net.ssl.trustStore", copied("/demo-directory-trust.p12"));
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        tlsServer = started(DemoDirectory.startTlsSocketFactory());
        plainServer = started(null);
    }

    @AfterAll
    static void stop() {
        tlsServer.shutDown(true);
        plainServer.shutDown(true);
    }

    @Test
    void theRightPasswordBindsAndNeverCrossesTheWireInTheClear() throws Exception {
        try (RecordingRelay relay = new RecordingRelay(tlsServer.getListenPort())) {
            DirContext context = connect(environment(relay.port(), true, PASSWORD));
            try {
                assertEquals("ana", context.getAttributes(USER).get("uid").get());
            } finally {
                context.close();
            }
            assertFalse(relay.sent().contains(PASSWORD), "the password went through TLS only");
            assertFalse(relay.sent().contains(USER), "the bind DN too");
        }
    }

    @Test
    void aWrongPasswordFailsAtOnce() {
        assertThrows(AuthenticationException.class,
                () -> connect(environment(tlsServer.getListenPort(), true, "wrong")));
    }

    @Test
    void withoutTheSwitchThePasswordIsPlainlyVisible() throws Exception {
        try (RecordingRelay relay = new RecordingRelay(tlsServer.getListenPort())) {
            DirContext context = connect(environment(relay.port(), false, PASSWORD));
            try {
                context.getAttributes(USER);
            } finally {
                context.close();
            }
            assertTrue(relay.sent().contains(PASSWORD), "what the relay would have seen without StartTLS");
        }
    }

    @Test
    void aDirectoryWithoutStartTlsIsNeverSentThePassword() throws Exception {
        try (RecordingRelay relay = new RecordingRelay(plainServer.getListenPort())) {
            assertThrows(NamingException.class, () -> connect(environment(relay.port(), true, PASSWORD)));
            assertFalse(relay.sent().contains(PASSWORD), "no fallback to plain text");
        }
    }

    /** A directory that answers StartTLS and then says nothing: the handshake gives up at the read timeout. */
    @Test
    void aDirectoryThatFreezesAfterAcceptingStartTlsFailsWithinTheReadTimeout() throws Exception {
        try (RecordingRelay frozen = new RecordingRelay(tlsServer.getListenPort(), 1)) {
            Hashtable<String, Object> env = environment(frozen.port(), true, PASSWORD);
            env.put("com.sun.jndi.ldap.read.timeout", "1000");
            long start = System.nanoTime();
            NamingException failure = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(NamingException.class, () -> connect(env)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 900 && millis < 4000, "gave up after " + millis + " ms");
            assertTrue(String.valueOf(failure.getMessage()).contains("StartTLS failed"), failure::toString);
            assertFalse(frozen.sent().contains(PASSWORD), "nothing but the handshake was sent");
        }
    }

    private static DirContext connect(Hashtable<String, Object> environment) throws NamingException {
        return (DirContext) new StartTlsContextFactory().getInitialContext(environment);
    }

    private static Hashtable<String, Object> environment(int port, boolean startTls, String password) {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.PROVIDER_URL, "ldap://127.0.0.1:" + port);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, USER);
        env.put(Context.SECURITY_CREDENTIALS, password);
        env.put("com.sun.jndi.ldap.connect.timeout", "5000");
        env.put("com.sun.jndi.ldap.read.timeout", "5000");
        env.put(StartTlsContextFactory.STARTTLS, String.valueOf(startTls));
        return env;
    }

    private static InMemoryDirectoryServer started(SSLSocketFactory startTls) throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                0, startTls));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: empresa");
        server.add("dn: ou=people," + BASE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        server.add("dn: " + USER, "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                "objectClass: inetOrgPerson", "uid: ana", "cn: Ana", "sn: Lima", "userPassword: " + PASSWORD);
        server.startListening();
        return server;
    }

    /** A copy of a class-path resource as a file (the trust store property wants a path). */
    private static String copied(String name) throws IOException {
        Path file = Files.createTempFile("trust", ".p12");
        file.toFile().deleteOnExit();
        try (InputStream in = StartTlsContextFactoryTest.class.getResourceAsStream(name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file.toString();
    }
}
