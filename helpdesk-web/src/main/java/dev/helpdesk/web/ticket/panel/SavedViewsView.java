package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.directory.application.PermissionGroupView;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.workspace.application.SavedViewChoice;
import dev.helpdesk.workspace.application.SavedViewService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

/**
 * The ticket list's saved views: the agent's own and those an administrator shares with their permission group.
 * Saving keeps the list's address as it is now; opening one opens that address.
 */
@Named
@ViewScoped
public class SavedViewsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "savedViewForm";

    @EJB
    private SavedViewService savedViews;

    @EJB
    private DirectoryAdminService directoryAdmin;

    @Inject
    private TicketListView list;

    private List<SavedViewChoice> views;
    private transient MenuModel menu;
    private List<PermissionGroupView> groups;
    private String name;
    private Long sharedGroupId;

    public List<SavedViewChoice> getViews() {
        if (views == null) {
            views = savedViews.available();
        }
        return views;
    }

    /** The list's menu of views: keep the list as it is now, then open one of the saved ones. */
    public MenuModel getMenu() {
        if (menu == null) {
            DefaultMenuModel model = new DefaultMenuModel();
            model.getElements().add(DefaultMenuItem.builder().id("saveCurrentView")
                    .value(Messages.text("savedViews.saveCurrent")).icon("pi pi-plus").url("#")
                    .onclick("PF('saveViewDialog').show(); return false;").build());
            String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                    + "/agent/tickets.xhtml";
            for (SavedViewChoice view : getViews()) {
                model.getElements().add(DefaultMenuItem.builder().id("savedView" + view.id())
                        .value(view.mine() ? view.name() : view.name() + " · " + view.sharedGroupName())
                        .icon(view.mine() ? "pi pi-user" : "pi pi-users")
                        .url(view.query().isEmpty() ? base : base + "?" + view.query()).build());
            }
            menu = model;
        }
        return menu;
    }

    /** The groups an administrator may share with; nobody else shares. */
    public List<PermissionGroupView> getGroups() {
        if (groups == null) {
            groups = isMayShare() ? directoryAdmin.permissionGroups() : List.of();
        }
        return groups;
    }

    public boolean isMayShare() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    /** Keeps the list as it is now under the typed name. */
    public void save() {
        try {
            SavedViewChoice saved = savedViews.save(name, list.getQueryString(), sharedGroupId);
            views = null;
            menu = null;
            name = null;
            sharedGroupId = null;
            Messages.info("savedViews.saved", saved.name());
            PrimeFaces.current().executeScript("PF('saveViewDialog').hide()");
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            PrimeFaces.current().ajax().addCallbackParam("invalid", true);
        }
    }

    public void delete(long id) {
        try {
            savedViews.delete(id);
            Messages.info("savedViews.deleted");
        } catch (NotFoundException e) {
            Messages.error("savedViews.notFound");
        }
        views = null;
        menu = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getSharedGroupId() {
        return sharedGroupId;
    }

    public void setSharedGroupId(Long sharedGroupId) {
        this.sharedGroupId = sharedGroupId;
    }
}
