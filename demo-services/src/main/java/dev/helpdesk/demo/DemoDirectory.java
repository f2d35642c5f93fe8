package dev.helpdesk.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import com.unboundid.util.ssl.SSLUtil;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * An LDAP server on the loopback address, loaded with the demo company directory (demo-directory.ldif); its schema
 * also knows Active Directory's account attributes (active-directory-schema.ldif), so it can hold AD-shaped users.
 */
public final class DemoDirectory implements AutoCloseable {

    public static final String BASE_DN = "dc=empresa,dc=example";
    public static final int DEFAULT_PORT = 10389;
    private static final char[] DEMO_STORE_PASSWORD = "changeit".toCharArray();

    private final InMemoryDirectoryServer server;

    private DemoDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    public static DemoDirectory start(int port) {
        try (InputStream ldif = DemoDirectory.class.getResourceAsStream("/demo-directory.ldif");
             InputStream adSchema = DemoDirectory.class.getResourceAsStream("/active-directory-schema.ldif")) {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setSchema(Schema.mergeSchemas(Schema.getDefaultStandardSchema(), Schema.getSchema(adSchema)));
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getLoopbackAddress(), port, startTlsSocketFactory()));
            config.setEnforceSingleStructuralObjectClass(false);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, new LDIFReader(ldif));
            server.startListening();
            return new DemoDirectory(server);
        } catch (LDAPException | LDIFException | IOException e) {
            throw new IllegalStateException("Could not start the demo LDAP server on port " + port, e);
        }
    }

    /**
     * What the directory upgrades StartTLS connections with: the demo key (demo-directory-tls.p12, a self-signed
     * certificate for localhost and 127.0.0.1, trusted by demo-directory-trust.p12). For demos and tests only.
     */
    public static SSLSocketFactory startTlsSocketFactory() {
        try (InputStream in = DemoDirectory.class.getResourceAsStream("/demo-directory-tls.p12")) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, DEMO_STORE_PASSWORD);
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, DEMO_STORE_PASSWORD);
            return new CountingSocketFactory(new SSLUtil(keyManagers.getKeyManagers(), null).createSSLSocketFactory());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not load the demo directory's TLS key", e);
        }
    }

    /** How many connections were upgraded with StartTLS so far, by any demo directory in this JVM. */
    public static long startTlsUpgrades() {
        return CountingSocketFactory.UPGRADES.get();
    }

    public int port() {
        return server.getListenPort();
    }

    /** Adds a person under ou=people, e.g. for a test that needs its own directory user. */
    public void addPerson(String uid, String mail, String password) {
        try {
            server.add("dn: uid=" + uid + ",ou=people," + BASE_DN,
                    "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                    "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + uid, "sn: " + uid,
                    "mail: " + mail, "userPassword: " + password);
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("Could not add " + uid + " to the demo directory", e);
        }
    }

    /**
     * Adds a user shaped like an Active Directory one: named by its cn, with an account name (sAMAccountName), a user
     * principal name and a mail address that may all differ.
     */
    public void addActiveDirectoryUser(String cn, String accountName, String userPrincipalName, String mail,
                                       String password) {
        try {
            server.add("dn: cn=" + cn + ",ou=people," + BASE_DN,
                    "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                    "objectClass: user", "cn: " + cn, "sn: " + cn, "sAMAccountName: " + accountName,
                    "userPrincipalName: " + userPrincipalName, "mail: " + mail, "userPassword: " + password);
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("Could not add " + cn + " to the demo directory", e);
        }
    }

    /** Stops answering (connections are refused) until {@link #resume()}; the entries stay. */
    public void pause() {
        server.shutDown(true);
    }

    public void resume() {
        try {
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException("Could not restart the demo LDAP server", e);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

    /** The server side of StartTLS, counting the connections it upgrades. */
    private static final class CountingSocketFactory extends SSLSocketFactory {

        static final AtomicLong UPGRADES = new AtomicLong();
        private final SSLSocketFactory delegate;

        CountingSocketFactory(SSLSocketFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            UPGRADES.incrementAndGet();
            return delegate.createSocket(socket, host, port, autoClose);
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return delegate.createSocket(host, port);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return delegate.createSocket(host, port, localHost, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return delegate.createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return delegate.createSocket(address, port, localAddress, localPort);
        }
    }
}
