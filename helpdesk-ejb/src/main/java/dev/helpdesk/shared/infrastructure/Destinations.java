package dev.helpdesk.shared.infrastructure;

import dev.helpdesk.shared.domain.DestinationPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The {@link DestinationPolicy} of this server: the internal hosts the operator allows (HELPDESK_INTERNAL_HOSTS, a
 * comma-separated list of host names or addresses as they are written in webhook URLs and mailbox settings) and the
 * ports WildFly listens on. A host is resolved once and connected to at the addresses that were checked, so a name
 * that resolves to another address a moment later (DNS rebinding) gains nothing.
 */
@ApplicationScoped
public class Destinations {

    private static final Logger LOG = Logger.getLogger(Destinations.class.getName());
    /** WildFly's default socket bindings, moved by the port offset, for when the management model cannot be read. */
    private static final int[] DEFAULT_PORTS = {8080, 8443, 9990, 9993, 8009, 4712, 4713, 8090, 3528, 3529};

    private final DestinationPolicy policy =
            new DestinationPolicy(internalHosts(), serverPorts(), Destinations::isThisMachine);

    /** Checks a host an administrator gives where it resolves today; one that does not resolve is checked on use. */
    public void requireAllowed(String field, String host, int port) {
        policy.requireCanonical(field, host);
        try {
            policy.require(field, host, port, InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            LOG.fine(() -> host + " does not resolve yet; it is checked again when it is used");
        }
    }

    /**
     * The addresses to connect to, resolved once and all allowed; {@code port} below 1 when the caller checks the
     * port itself.
     */
    public InetAddress[] resolve(String field, String host, int port) throws UnknownHostException {
        policy.requireCanonical(field, host);
        InetAddress[] addresses = InetAddress.getAllByName(host);
        policy.require(field, host, port, addresses);
        return addresses;
    }

    private static Set<String> internalHosts() {
        return Arrays.stream(Settings.get("internal.hosts", "").split(","))
                .map(String::strip).filter(host -> !host.isEmpty()).collect(Collectors.toSet());
    }

    private static Set<Integer> serverPorts() {
        int offset = Integer.parseInt(System.getProperty("jboss.socket.binding.port-offset", "0"));
        Set<Integer> ports = Arrays.stream(DEFAULT_PORTS).map(port -> port + offset).boxed()
                .collect(Collectors.toCollection(HashSet::new));
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            for (ObjectName binding : server.queryNames(
                    new ObjectName("jboss.as:socket-binding-group=*,socket-binding=*"), null)) {
                Object bound = server.getAttribute(binding, "boundPort");
                if (bound instanceof Integer port) {
                    ports.add(port);
                }
            }
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.FINE, "The socket bindings could not be read; WildFly's default ports are kept out", e);
        }
        return ports;
    }

    private static boolean isThisMachine(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }
}
