package dev.helpdesk.web.sla.panel;

import dev.helpdesk.customer.application.OrganizationQuery;
import dev.helpdesk.customer.application.OrganizationView;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.sla.application.BillingReport;
import dev.helpdesk.sla.application.SlaCalendars;
import dev.helpdesk.sla.application.WorkedTimeService;
import dev.helpdesk.web.common.panel.CallerPermissions;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The billing report (B2): one organization's or one customer's worked time in a month, per ticket, at the hourly
 * values, with the minutes beyond the hours contract at the extra rate. For those whose role or group grants
 * reports.
 */
@Named
@ViewScoped
public class BillingReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reportForm";

    @EJB
    private WorkedTimeService workedTime;

    @EJB
    private OrganizationQuery organizationQuery;

    @Inject
    private CallerPermissions callerPermissions;

    private boolean allowed;
    private List<OrganizationView> organizations;
    private String month;
    private Long organizationId;
    private Long customerId;
    private BillingReport report;

    @PostConstruct
    void load() {
        allowed = callerPermissions.getGranted().viewReports();
        if (allowed) {
            organizations = organizationQuery.organizations();
            month = YearMonth.now(SlaCalendars.zone()).toString();
        }
    }

    public void show() {
        try {
            YearMonth chosen = parsedMonth();
            report = workedTime.billing(chosen, organizationId == null ? customerId : null, organizationId);
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            report = null;
        } catch (AccessDeniedException e) {
            allowed = false;
        }
    }

    private YearMonth parsedMonth() {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "validation.month");
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<OrganizationView> getOrganizations() {
        return organizations;
    }

    public BillingReport getReport() {
        return report;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }
}
