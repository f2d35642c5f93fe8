package dev.helpdesk.web.sla.panel;

import dev.helpdesk.sla.application.SlaAlertService;
import dev.helpdesk.sla.application.SlaAlertView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The agent's SLA alerts: the count in the menu (read once per page) and the alerts page. */
@Named
@RequestScoped
public class SlaAlertsView {

    @EJB
    private SlaAlertService alerts;

    private Long unread;
    private List<SlaAlertView> latest;

    public long getUnread() {
        if (unread == null) {
            unread = alerts.unreadCount();
        }
        return unread;
    }

    public List<SlaAlertView> getLatest() {
        if (latest == null) {
            latest = alerts.mine(100);
        }
        return latest;
    }

    public String markAllRead() {
        alerts.markAllRead();
        return "/agent/alerts.xhtml?faces-redirect=true";
    }
}
