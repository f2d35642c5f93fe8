package dev.helpdesk.web.automation.panel;

import dev.helpdesk.automation.application.AgentNoticeService;
import dev.helpdesk.automation.application.NoticeView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The agent's notices of scheduled tickets: the count in the menu (refreshed by the menu's poll, so a notice shows
 * up while the agent works on another page) and the notices page.
 */
@Named
@RequestScoped
public class NoticesView {

    @EJB
    private AgentNoticeService notices;

    private Long unread;
    private List<NoticeView> latest;

    public long getUnread() {
        if (unread == null) {
            unread = notices.unreadCount();
        }
        return unread;
    }

    public List<NoticeView> getLatest() {
        if (latest == null) {
            latest = notices.mine(100);
        }
        return latest;
    }

    public String markAllRead() {
        notices.markAllRead();
        return "/agent/notices.xhtml?faces-redirect=true";
    }
}
