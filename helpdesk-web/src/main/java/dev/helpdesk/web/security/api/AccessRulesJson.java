package dev.helpdesk.web.security.api;

import dev.helpdesk.security.access.application.AccessRulesView;

/** The IP restriction as written, as the API shows it. */
public record AccessRulesJson(String agentAllowList, String customerAllowList, String trustedProxies) {

    static AccessRulesJson of(AccessRulesView v) {
        return new AccessRulesJson(v.agentAllowList(), v.customerAllowList(), v.trustedProxies());
    }
}
