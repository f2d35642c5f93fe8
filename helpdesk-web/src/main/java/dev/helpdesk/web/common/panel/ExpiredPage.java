package dev.helpdesk.web.common.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The "page expired, reload" page: back to the page the stale form came from, if it is a page of the help desk. */
@Named
@RequestScoped
public class ExpiredPage {

    private String page;

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** The page to reload, inside the help desk: anything else (another site, {@code //host}) gives the start. */
    public String getReturnPath() {
        return isPageOfTheHelpDesk(page) ? page : "/";
    }

    static boolean isPageOfTheHelpDesk(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(Character::isISOControl) && !path.startsWith(StalePageExceptionHandler.EXPIRED_PAGE);
    }
}
