package dev.helpdesk.web.account.api;

import dev.helpdesk.account.application.AccountSettingsChange;
import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.account.application.AccountSettingsView;
import dev.helpdesk.shared.infrastructure.PublicUrl;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Account settings: the customer panel switch, branding, footer links, default language, list columns.
 * Administrators change them; the other areas' settings have resources of their own under {@code /v1/account}.
 */
@Path("/v1/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** The customer panel's entry page, the link the account gives its customers. */
    public static final String CUSTOMER_PANEL = "/customer/tickets.xhtml";
    /** The public contact form's page, to link or to frame in the company's site. */
    public static final String CONTACT_FORM = "/contact.xhtml";

    @EJB
    private AccountSettingsService accountSettings;

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
                r.customerPanelEnabled() == null || r.customerPanelEnabled(), r.chatFooterEnabled(),
                r.inviteMailCustomers(), r.brandColor(),
                r.termsUrl(), r.privacyUrl(), r.defaultLanguage(), r.ticketListColumns(),
                r.selfRegistrationEnabled(), r.contactFormEnabled(), r.contactFormOrigins()));
        return SettingsBody.of(changed, customerPanelUrl());
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
        return PublicUrl.configured().at(CUSTOMER_PANEL);
    }

    /**
     * {@code chatFooterEnabled}, {@code inviteMailCustomers}, {@code ticketListColumns}, {@code
     * selfRegistrationEnabled}, {@code contactFormEnabled} and {@code contactFormOrigins} left out keep their values
     * (an empty {@code contactFormOrigins} removes them); {@code hasLogo}, {@code customerPanelUrl} and {@code
     * contactFormUrl} are read only.
     */
    public record SettingsBody(Boolean customerPanelEnabled, Boolean chatFooterEnabled, Boolean inviteMailCustomers,
                               String brandColor,
                               Boolean hasLogo, String termsUrl, String privacyUrl, String defaultLanguage,
                               List<String> ticketListColumns, String customerPanelUrl,
                               Boolean selfRegistrationEnabled, Boolean contactFormEnabled,
                               String contactFormOrigins, String contactFormUrl) {
        static SettingsBody of(AccountSettingsView view, String customerPanelUrl) {
            return new SettingsBody(view.customerPanelEnabled(), view.chatFooterEnabled(),
                    view.inviteMailCustomers(), view.brandColor(),
                    view.hasLogo(), view.termsUrl(), view.privacyUrl(), view.defaultLanguage(),
                    view.ticketListColumns().stream().map(Enum::name).toList(), customerPanelUrl,
                    view.selfRegistrationEnabled(), view.contactFormEnabled(),
                    view.contactFormOrigins() == null ? "" : view.contactFormOrigins(),
                    PublicUrl.configured().at(CONTACT_FORM));
        }
    }
}
