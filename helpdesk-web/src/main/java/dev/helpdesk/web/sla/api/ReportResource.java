package dev.helpdesk.web.sla.api;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.sla.application.WorkedTimeService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reports: worked time × hourly values per customer or organization and month (B2). */
@Path("/v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @EJB
    private WorkedTimeService workedTime;

    /** {@code month} as 2026-11, and one of {@code customerId} or {@code organizationId}. */
    @GET
    @Path("/billing")
    public BillingReportJson billing(@QueryParam("month") String month, @QueryParam("customerId") Long customerId,
                                     @QueryParam("organizationId") Long organizationId) {
        try {
            return BillingReportJson.of(workedTime.billing(YearMonth.parse(month == null ? "" : month.strip()),
                    customerId, organizationId));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "validation.month");
        }
    }

    /**
     * Customers and organizations whose name contains {@code q} and who have tickets the caller may read: whom
     * {@code customerId} or {@code organizationId} of the report can name.
     */
    @GET
    @Path("/billing/subjects")
    public List<BillingSubjectJson> billingSubjects(@QueryParam("q") String text) {
        return workedTime.billingSubjects(text).stream().map(BillingSubjectJson::of).toList();
    }
}
