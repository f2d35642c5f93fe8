package dev.helpdesk.web.account.panel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The tabs of Management › Account settings (general, automation, security, single sign-on, company directory,
 * owner, account e-mails), one form and
 * one bean each; the tab is the page's {@code tab} parameter and is kept for the postbacks of the same page.
 */
@Named
@ViewScoped
public class AccountTabsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> TABS = List.of("general", "automation", "security", "sso",
            "directory", "owner", "mails");

    private String tab = TABS.get(0);

    public String getTab() {
        return tab;
    }

    /** An unknown tab name shows the first tab. */
    public void setTab(String tab) {
        this.tab = tab != null && TABS.contains(tab) ? tab : TABS.get(0);
    }

    public int getIndex() {
        return TABS.indexOf(tab);
    }

    public boolean shows(String name) {
        return tab.equals(name);
    }
}
