package dev.helpdesk.security.access.application;

import dev.helpdesk.security.access.domain.AccessRules;

/** The IP restriction as written: one rule per line for agents, for customers, and the trusted proxies. */
public record AccessRulesView(String agentAllowList, String customerAllowList, String trustedProxies) {

    static AccessRulesView of(AccessRules rules) {
        return new AccessRulesView(rules.agents().text(), rules.customers().text(), rules.trustedProxies().text());
    }
}
