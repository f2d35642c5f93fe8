package dev.helpdesk.web.automation.api;

import dev.helpdesk.automation.application.AutomationSettings;
import dev.helpdesk.automation.application.AutomationSettingsService;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Auto-close of tickets waiting on the customer, and the lead time of scheduled-ticket notices. Administrators.
 */
@Path("/v1/account/automation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AutomationSettingsResource {

    @EJB
    private AutomationSettingsService automation;

    @GET
    public AutomationSettingsJson automation() {
        return AutomationSettingsJson.of(automation.automation());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AutomationSettingsJson changeAutomation(AutomationSettingsBody body) {
        return AutomationSettingsJson.of(automation.changeAutomation(ApiRequests.require(body).toSettings()));
    }

    /** Left-out numbers are 0 and a left-out switch false, as the settings' own record reads them. */
    public record AutomationSettingsBody(boolean autoCloseEnabled, int autoCloseWarnDays, int autoCloseCloseDays,
                                         int scheduleNoticeMinutes) {

        AutomationSettings toSettings() {
            return new AutomationSettings(autoCloseEnabled, autoCloseWarnDays, autoCloseCloseDays,
                    scheduleNoticeMinutes);
        }
    }
}
