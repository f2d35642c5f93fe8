package dev.helpdesk.ldap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.ServiceUnavailableException;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import javax.naming.spi.InitialContextFactory;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * LDAP contexts for the server's directory realm. With {@value #STARTTLS} set to {@code true} in the environment, the
 * connection is opened without credentials, upgraded with StartTLS (the JVM's trust store; the certificate must
 * name the host of the URL), and only then bound with the service account or the user signing in, so no password
 * crosses the network in the clear. A directory that does not offer StartTLS fails the connection: nothing falls
 * back to plain text. Without the switch the contexts are the JDK's own. The TLS handshake waits for the directory
 * no longer than the read timeout ({@code com.sun.jndi.ldap.read.timeout}), as every other answer does: JNDI itself
 * would wait for it forever, so a directory that accepted StartTLS and then froze would hold the login.
 */
public class StartTlsContextFactory implements InitialContextFactory {

    public static final String STARTTLS = "dev.helpdesk.ldap.starttls";
    private static final String READ_TIMEOUT = "com.sun.jndi.ldap.read.timeout";
    private static final String JDK_FACTORY = "com.sun.jndi.ldap.LdapCtxFactory";

    @Override
    public Context getInitialContext(Hashtable<?, ?> environment) throws NamingException {
        Hashtable<Object, Object> env = new Hashtable<>(environment);
        env.put(Context.INITIAL_CONTEXT_FACTORY, JDK_FACTORY);
        boolean startTls = Boolean.parseBoolean(String.valueOf(env.remove(STARTTLS)));
        if (!startTls) {
            return new InitialLdapContext(env, null);
        }
        Object authentication = env.remove(Context.SECURITY_AUTHENTICATION);
        Object principal = env.remove(Context.SECURITY_PRINCIPAL);
        Object credentials = env.remove(Context.SECURITY_CREDENTIALS);
        env.put(Context.SECURITY_AUTHENTICATION, "none");
        // a pooled connection could be handed on after its TLS layer was closed
        env.remove("com.sun.jndi.ldap.connect.pool");
        LdapContext context = new InitialLdapContext(env, null);
        try {
            StartTlsResponse tls = (StartTlsResponse) context.extendedOperation(new StartTlsRequest());
            tls.negotiate(new BoundedHandshake((SSLSocketFactory) SSLSocketFactory.getDefault(),
                    millis(env.get(READ_TIMEOUT))));
            if (authentication != null) {
                context.addToEnvironment(Context.SECURITY_AUTHENTICATION, authentication);
            }
            if (principal != null) {
                context.addToEnvironment(Context.SECURITY_PRINCIPAL, principal);
            }
            if (credentials != null) {
                context.addToEnvironment(Context.SECURITY_CREDENTIALS, credentials);
            }
            // binds now, over TLS, so wrong credentials fail here as they would on a plain connection
            context.getAttributes("", new String[] {"1.1"});
            return context;
        } catch (IOException e) {
            context.close();
            ServiceUnavailableException failure = new ServiceUnavailableException("StartTLS failed: " + e);
            failure.setRootCause(e);
            throw failure;
        } catch (NamingException | RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private static int millis(Object value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(String.valueOf(value).strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Makes the TLS layer and shakes hands at once, within the timeout; the connection then reads as before. */
    static final class BoundedHandshake extends SSLSocketFactory {

        private final SSLSocketFactory tls;
        private final int timeoutMillis;

        BoundedHandshake(SSLSocketFactory tls, int timeoutMillis) {
            this.tls = tls;
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public Socket createSocket(Socket plain, String host, int port, boolean autoClose) throws IOException {
            SSLSocket socket = (SSLSocket) tls.createSocket(plain, host, port, autoClose);
            int before = socket.getSoTimeout();
            socket.setSoTimeout(timeoutMillis);
            try {
                socket.startHandshake();
            } finally {
                socket.setSoTimeout(before);
            }
            return socket;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return tls.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tls.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return tls.createSocket(host, port);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return tls.createSocket(host, port, localHost, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return tls.createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return tls.createSocket(address, port, localAddress, localPort);
        }
    }
}
