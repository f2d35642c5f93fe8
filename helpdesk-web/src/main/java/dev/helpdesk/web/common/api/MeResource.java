package dev.helpdesk.web.common.api;

import dev.helpdesk.automation.application.AgentNoticeService;
import dev.helpdesk.notification.application.MailPreferenceService;
import dev.helpdesk.notification.domain.NotificationKind;
import dev.helpdesk.security.login.application.MyAccountService;
import dev.helpdesk.security.twofactor.application.TwoFactorService;
import dev.helpdesk.sla.application.SlaAlertService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The agent or customer a token acts as, and their own preferences. */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    private SlaAlertService slaAlerts;

    @EJB
    private TwoFactorService twoFactor;

    /** Whether the caller's panel logins ask for a code (agents). */
    @GET
    @Path("/two-factor")
    public TwoFactorStatusJson twoFactor() {
        return TwoFactorStatusJson.of(twoFactor.status());
    }

    /** A new authenticator key, not in force until confirmed with a first code. */
    @POST
    @Path("/two-factor")
    public TwoFactorEnrolmentJson startTwoFactor() {
        return TwoFactorEnrolmentJson.of(twoFactor.startEnrolment());
    }

    /** Two factors on; the recovery codes are in this answer only. */
    @POST
    @Path("/two-factor/confirm")
    public RecoveryCodesBody confirmTwoFactor(CodeBody body) {
        return new RecoveryCodesBody(twoFactor.confirmEnrolment(ApiRequests.require(body).code()));
    }

    @POST
    @Path("/two-factor/off")
    public Response turnTwoFactorOff(CodeBody body) {
        twoFactor.turnOff(ApiRequests.require(body).code());
        return Response.noContent().build();
    }

    public record CodeBody(String code) {
    }

    public record RecoveryCodesBody(List<String> recoveryCodes) {
    }

    /** The caller's SLA alerts, unread first (agents). */
    @GET
    @Path("/sla-alerts")
    public List<SlaAlertJson> slaAlerts(@QueryParam("limit") @DefaultValue("50") int limit) {
        return slaAlerts.mine(limit).stream().map(SlaAlertJson::of).toList();
    }

    @POST
    @Path("/sla-alerts/read")
    public Response markSlaAlertsRead() {
        slaAlerts.markAllRead();
        return Response.noContent().build();
    }

    /** The caller's e-mail preferences (agents): {@code {"NEW_TICKET": true, ...}}. */
    @GET
    @Path("/mail-preferences")
    public Map<NotificationKind, Boolean> mailPreferences() {
        return mailPreferences.mine();
    }

    /** The kinds given change, the others stay. */
    @PUT
    @Path("/mail-preferences")
    public Map<NotificationKind, Boolean> chooseMailPreferences(Map<String, Boolean> body) {
        Map<NotificationKind, Boolean> choices = new LinkedHashMap<>();
        ApiRequests.require(body).forEach((kind, wanted) ->
                choices.put(ApiRequests.option(NotificationKind.class, "preferences", kind), wanted));
        return mailPreferences.choose(choices);
    }

    /** The caller's notices (scheduled tickets about to start), unread first (agents). */
    @GET
    @Path("/notices")
    public List<NoticeJson> notices(@QueryParam("limit") @DefaultValue("50") int limit) {
        return notices.mine(limit).stream().map(NoticeJson::of).toList();
    }

    @POST
    @Path("/notices/read")
    public Response markNoticesRead() {
        notices.markAllRead();
        return Response.noContent().build();
    }


    @EJB
    private MyAccountService myAccount;

    @EJB
    private AgentNoticeService notices;

    @EJB
    private MailPreferenceService mailPreferences;

    @GET
    public CallerJson me() {
        return CallerJson.of(myAccount.me());
    }

    @PUT
    @Path("/language")
    public CallerJson changeLanguage(LanguageBody body) {
        return CallerJson.of(myAccount.changeLanguage(ApiRequests.require(body).language()));
    }

    public record LanguageBody(String language) {
    }

    /**
     * An agent's new login e-mail, confirmed with the current password (when the account allows it): 202 with
     * {@code pendingEmail} when a link was mailed to the new address (the same answer whether the address is free
     * or not), 200 with the caller when it changed at once (a directory agent).
     */
    @PUT
    @Path("/email")
    public Response changeEmail(EmailBody body) {
        EmailBody request = ApiRequests.require(body);
        MyAccountService.EmailChange change = myAccount.changeEmail(request.email(), request.currentPassword());
        if (change.pendingEmail() != null) {
            return Response.accepted(new PendingEmailJson(change.pendingEmail())).build();
        }
        return Response.ok(CallerJson.of(change.caller())).build();
    }

    public record EmailBody(String email, String currentPassword) {
    }

    /** A new password, confirmed with the current one: 204; the caller's panel sessions end. */
    @PUT
    @Path("/password")
    public Response changePassword(PasswordBody body) {
        PasswordBody request = ApiRequests.require(body);
        myAccount.changePassword(request.currentPassword(), request.newPassword());
        return Response.noContent().build();
    }

    public record PasswordBody(String currentPassword, String newPassword) {
    }

    /** The address a confirmation link was mailed to. */
    public record PendingEmailJson(String pendingEmail) {
    }
}
