package dev.helpdesk.web.sla.panel;

import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.sla.application.BillingReport;
import dev.helpdesk.sla.application.BillingSubject;
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
 * reports; the customer or organization is picked by name among those with tickets the caller may read, and the
 * report covers only those tickets.
 */
@Named
@ViewScoped
public class BillingReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reportForm";

    @EJB
    private WorkedTimeService workedTime;

    @Inject
    private CallerPermissions callerPermissions;

    private boolean allowed;
    private String month;
    private BillingSubject subject;
    private BillingReport report;

    @PostConstruct
    void load() {
        allowed = callerPermissions.getGranted().viewReports();
        if (allowed) {
            month = YearMonth.now(SlaCalendars.zone()).toString();
        }
    }

    /** The picker's suggestions for what was typed. */
    public List<BillingSubject> completeSubject(String text) {
        try {
            return workedTime.billingSubjects(text);
        } catch (AccessDeniedException e) {
            allowed = false;
            return List.of();
        }
    }

    public void show() {
        try {
            YearMonth chosen = parsedMonth();
            if (subject == null) {
                throw new InvalidInputException("subject", "validation.required");
            }
            boolean organization = subject.kind() == BillingSubject.Kind.ORGANIZATION;
            report = workedTime.billing(chosen, organization ? null : subject.id(),
                    organization ? subject.id() : null);
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

    public BillingReport getReport() {
        return report;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public BillingSubject getSubject() {
        return subject;
    }

    public void setSubject(BillingSubject subject) {
        this.subject = subject;
    }
}
