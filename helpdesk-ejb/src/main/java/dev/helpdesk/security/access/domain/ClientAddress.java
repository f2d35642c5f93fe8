package dev.helpdesk.security.access.domain;

import java.util.List;

/**
 * The address a request comes from. Behind a reverse proxy the connection comes from the proxy, which names the
 * client in {@code X-Forwarded-For}; the header is believed only when the connection comes from a proxy the
 * administrator trusts, since anyone else can write it. Read from the right: the last address a trusted proxy
 * did not add is the client.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(String remoteAddress, String forwardedFor, IpAllowList trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || trustedProxies.ranges().isEmpty()
                || !trustedProxies.allows(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!trustedProxies.allows(hop) || i == 0) {
                return hop.isEmpty() ? remoteAddress : hop;
            }
        }
        return remoteAddress;
    }
}
