package dev.helpdesk.shared.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the help desk may connect on an administrator's word (webhook receivers, mailbox servers): anywhere but the
 * server itself and the addresses no outside service has — loopback, link-local (cloud metadata services live
 * there), unique-local, carrier-grade NAT, multicast, "this network" — unless the operator names the host as an
 * internal one. Even a named host never reaches the server's own ports on the server itself. Private IPv4 networks
 * stay open: receivers inside the company's network are what most installations post to.
 */
public final class DestinationPolicy {

    /** Numbers a URL parser may read as an IPv4 address although they are no dotted quad: 2130706433, 0x7f.1, 017… */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)(0x[0-9a-f]*|\\d+)(\\.(0x[0-9a-f]*|\\d+)){0,3}");
    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    public static final String INTERNAL = "validation.destination.internal";
    public static final String OWN_PORT = "validation.destination.ownPort";
    public static final String NUMERIC = "validation.destination.numeric";

    private final Set<String> internalHosts;
    private final Set<Integer> ownPorts;
    private final Predicate<InetAddress> thisMachine;

    /**
     * @param internalHosts the hosts the operator allows although they are internal, as written in addresses
     * @param ownPorts the ports the server listens on
     * @param thisMachine whether an address is one of the server's own
     */
    public DestinationPolicy(Set<String> internalHosts, Set<Integer> ownPorts, Predicate<InetAddress> thisMachine) {
        this.internalHosts = internalHosts.stream().map(DestinationPolicy::normalized).collect(Collectors.toSet());
        this.ownPorts = Set.copyOf(ownPorts);
        this.thisMachine = thisMachine;
    }

    /** Refuses a host written as a bare number or in hexadecimal or octal, which parsers read in different ways. */
    public void requireCanonical(String field, String host) {
        String name = normalized(host);
        if (NUMERIC_HOST.matcher(name).matches() && !DOTTED_QUAD.matcher(name).matches()) {
            throw new InvalidInputException(field, NUMERIC);
        }
    }

    /** Whether the host may be reached at these addresses (all of them, as they were resolved once). */
    public void require(String field, String host, int port, InetAddress... addresses) {
        boolean named = internalHosts.contains(normalized(host));
        for (InetAddress address : addresses) {
            boolean own = thisMachine.test(address) || address.isLoopbackAddress() || address.isAnyLocalAddress();
            if (!named && (own || isInternal(address))) {
                throw new InvalidInputException(field, INTERNAL);
            }
            if (own && ownPorts.contains(port)) {
                throw new InvalidInputException(field, OWN_PORT);
            }
        }
    }

    /** Whether the host is one the operator named as internal. */
    public boolean isNamedInternal(String host) {
        return internalHosts.contains(normalized(host));
    }

    /** Addresses no service outside this network has. */
    public static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() && address instanceof Inet6Address || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 || first >= 240;
        }
        if ((bytes[0] & 0xfe) == 0xfc) {
            return true;
        }
        return embeddedIpv4(bytes).map(DestinationPolicy::isInternal).orElse(false);
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) one. */
    private static Optional<InetAddress> embeddedIpv4(byte[] v6) {
        byte[] v4;
        boolean compatible = Arrays.equals(Arrays.copyOf(v6, 12), new byte[12]);
        boolean nat64 = v6[0] == 0x00 && v6[1] == 0x64 && (v6[2] & 0xff) == 0xff && (v6[3] & 0xff) == 0x9b
                && Arrays.equals(Arrays.copyOfRange(v6, 4, 12), new byte[8]);
        if (compatible || nat64) {
            v4 = Arrays.copyOfRange(v6, 12, 16);
        } else if (v6[0] == 0x20 && v6[1] == 0x02) {
            v4 = Arrays.copyOfRange(v6, 2, 6);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String normalized(String host) {
        String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
