package dev.helpdesk.web.api;

import dev.helpdesk.account.application.AccountOwnerService;
import dev.helpdesk.account.application.AccountSettingsChange;
import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.account.application.AccountSettingsView;
import dev.helpdesk.account.application.AutomationSettings;
import dev.helpdesk.account.application.OwnerView;
import dev.helpdesk.notification.domain.CustomerMailPolicy;
import dev.helpdesk.security.application.AccessRestrictionService;
import dev.helpdesk.security.application.AccessRulesView;
import dev.helpdesk.security.application.SsoService;
import dev.helpdesk.security.application.SsoSettings;
import dev.helpdesk.security.application.TwoFactorService;
import dev.helpdesk.security.domain.PasswordStrength;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Account settings: the customer panel switch, branding, footer links, default language, automation. Administrators.
 */
@Path("/v1/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @EJB
    private AccountSettingsService accountSettings;

    @EJB
    private TwoFactorService twoFactor;

    @EJB
    private AccessRestrictionService access;

    @EJB
    private SsoService sso;

    @EJB
    private AccountOwnerService owner;

    @Context
    private UriInfo uriInfo;

    /** The settings, with the customer panel's address to give customers or embed in the company's site. */
    @GET
    @Path("/settings")
    public SettingsBody settings() {
        return SettingsBody.of(accountSettings.current(), customerPanelUrl());
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsBody change(SettingsBody body) {
        SettingsBody r = ApiRequests.require(body);
        AccountSettingsView changed = accountSettings.change(new AccountSettingsChange(
                r.customerPanelEnabled() == null || r.customerPanelEnabled(), r.chatFooterEnabled(), r.brandColor(),
                r.termsUrl(), r.privacyUrl(), r.defaultLanguage(), r.ticketListColumns()));
        return SettingsBody.of(changed, customerPanelUrl());
    }

    /** Auto-close of tickets waiting on the customer, and the lead time of scheduled-ticket notices. */
    @GET
    @Path("/automation")
    public AutomationSettings automation() {
        return accountSettings.automation();
    }

    @PUT
    @Path("/automation")
    @Consumes(MediaType.APPLICATION_JSON)
    public AutomationSettings changeAutomation(AutomationSettings body) {
        return accountSettings.changeAutomation(ApiRequests.require(body));
    }

    /** Whether customers get e-mails about their tickets: {@code ALLOW_CHOICE} (default), {@code ALWAYS}, never. */
    @GET
    @Path("/customer-mail-policy")
    public PolicyBody customerMailPolicy() {
        return new PolicyBody(accountSettings.current().customerMailPolicy().name());
    }

    @PUT
    @Path("/customer-mail-policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public PolicyBody chooseCustomerMailPolicy(PolicyBody body) {
        CustomerMailPolicy policy = ApiRequests.option(CustomerMailPolicy.class, "policy",
                ApiRequests.require(body).policy());
        if (policy == null) {
            throw new InvalidInputException("policy", "validation.required");
        }
        return new PolicyBody(accountSettings.chooseCustomerMailPolicy(policy).customerMailPolicy().name());
    }

    public record PolicyBody(String policy) {
    }

    /** The logo for the login pages and panels: the request body is the PNG or JPEG image itself. */
    @PUT
    @Path("/logo")
    @Consumes({"image/png", "image/jpeg"})
    public Response changeLogo(byte[] image, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        accountSettings.changeLogo(image, contentType);
        return Response.noContent().build();
    }

    private String customerPanelUrl() {
        return uriInfo.getBaseUri().resolve("../customer/tickets.xhtml").toString();
    }

    /** {@code chatFooterEnabled} and {@code ticketListColumns} left out keep their values. */
    public record SettingsBody(Boolean customerPanelEnabled, Boolean chatFooterEnabled, String brandColor,
                               Boolean hasLogo, String termsUrl, String privacyUrl, String defaultLanguage,
                               List<String> ticketListColumns, String customerPanelUrl) {
        static SettingsBody of(AccountSettingsView view, String customerPanelUrl) {
            return new SettingsBody(view.customerPanelEnabled(), view.chatFooterEnabled(), view.brandColor(),
                    view.hasLogo(), view.termsUrl(), view.privacyUrl(), view.defaultLanguage(),
                    view.ticketListColumns().stream().map(Enum::name).toList(), customerPanelUrl);
        }
    }

    /** Whether every agent must sign in to the panels with a second factor (administrators). */
    @GET
    @Path("/two-factor")
    public TwoFactorPolicyBody twoFactorPolicy() {
        return new TwoFactorPolicyBody(twoFactor.requiredForAll());
    }

    @PUT
    @Path("/two-factor")
    @Consumes(MediaType.APPLICATION_JSON)
    public TwoFactorPolicyBody requireTwoFactor(TwoFactorPolicyBody body) {
        Boolean required = ApiRequests.require(body).required();
        if (required == null) {
            throw new InvalidInputException("required", "validation.required");
        }
        return new TwoFactorPolicyBody(twoFactor.requireForAll(required));
    }

    public record TwoFactorPolicyBody(Boolean required) {
    }

    /** Where agents and customers may come from (one rule per line, empty: anywhere), and the trusted proxies. */
    @GET
    @Path("/ip-restriction")
    public AccessRulesView ipRestriction() {
        return access.current();
    }

    /** A list that would lock out the caller is refused (field agentAllowList) unless confirmLockOut is true. */
    @PUT
    @Path("/ip-restriction")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccessRulesView restrict(IpRestrictionBody body) {
        IpRestrictionBody request = ApiRequests.require(body);
        return access.change(new AccessRulesView(request.agentAllowList(), request.customerAllowList(),
                request.trustedProxies()), Boolean.TRUE.equals(request.confirmLockOut()));
    }

    public record IpRestrictionBody(String agentAllowList, String customerAllowList, String trustedProxies,
                                    Boolean confirmLockOut) {
    }

    /** The agent who owns the account (administrators). */
    @GET
    @Path("/owner")
    public OwnerView owner() {
        return owner.owner().orElseThrow(() -> new NotFoundException("owner", "account"));
    }

    /** Hands ownership to another active administrator ({@code {"agentId": 7}}); both are mailed. */
    @PUT
    @Path("/owner")
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnerView transferOwnership(OwnerBody body) {
        return owner.transferTo(ApiRequests.require(body).agentId());
    }

    public record OwnerBody(Long agentId) {
    }

    /** Whether agents may change their own login e-mail (A3b). */
    @GET
    @Path("/agent-email-policy")
    public AgentEmailPolicyBody agentEmailPolicy() {
        return new AgentEmailPolicyBody(accountSettings.agentsMayChangeEmail());
    }

    @PUT
    @Path("/agent-email-policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentEmailPolicyBody letAgentsChangeEmail(AgentEmailPolicyBody body) {
        Boolean allowed = ApiRequests.require(body).agentsMayChangeEmail();
        if (allowed == null) {
            throw new InvalidInputException("agentsMayChangeEmail", "validation.required");
        }
        return new AgentEmailPolicyBody(accountSettings.letAgentsChangeEmail(allowed));
    }

    public record AgentEmailPolicyBody(Boolean agentsMayChangeEmail) {
    }

    /** The weakest password accepted where one is set: VERY_WEAK, WEAK, MEDIUM, STRONG or VERY_STRONG. */
    @GET
    @Path("/password-policy")
    public PasswordPolicyBody passwordPolicy() {
        return new PasswordPolicyBody(accountSettings.minimumPasswordStrength().name());
    }

    @PUT
    @Path("/password-policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public PasswordPolicyBody requirePasswordStrength(PasswordPolicyBody body) {
        PasswordStrength minimum = ApiRequests.option(PasswordStrength.class, "minimumStrength",
                ApiRequests.require(body).minimumStrength());
        if (minimum == null) {
            throw new InvalidInputException("minimumStrength", "validation.required");
        }
        return new PasswordPolicyBody(accountSettings.requirePasswordStrength(minimum).name());
    }

    public record PasswordPolicyBody(String minimumStrength) {
    }

    /** Single sign-on: whether a secret is set (never the secret), which panels accept keys, the customer address. */
    @GET
    @Path("/sso")
    public SsoSettings ssoSettings() {
        return sso.current();
    }

    /** A left-out secret keeps the stored one. */
    @PUT
    @Path("/sso")
    @Consumes(MediaType.APPLICATION_JSON)
    public SsoSettings configureSso(SsoBody body) {
        SsoBody request = ApiRequests.require(body);
        return sso.change(request.secret(), Boolean.TRUE.equals(request.agents()),
                Boolean.TRUE.equals(request.customers()), request.customerLoginUrl());
    }

    public record SsoBody(String secret, Boolean agents, Boolean customers, String customerLoginUrl) {
    }
}
