package dev.helpdesk.security.access.domain;

import dev.helpdesk.shared.domain.Roles;

/** Where agents and customers may sign in from, and which proxies name the client. */
public record AccessRules(IpAllowList agents, IpAllowList customers, IpAllowList trustedProxies) {

    public static AccessRules parse(String agentRules, String customerRules, String proxyRules) {
        return new AccessRules(IpAllowList.parse("agentAllowList", agentRules),
                IpAllowList.parse("customerAllowList", customerRules),
                IpAllowList.parse("trustedProxies", proxyRules));
    }

    public String clientAddress(String remoteAddress, String forwardedFor) {
        return ClientAddress.of(remoteAddress, forwardedFor, trustedProxies);
    }

    public boolean allows(String role, String clientAddress) {
        return (Roles.CUSTOMER.equals(role) ? customers : agents).allows(clientAddress);
    }
}
