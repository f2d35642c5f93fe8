package dev.helpdesk.web.security.panel;

import dev.helpdesk.security.access.application.AccessRestrictionService;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The page people see when the account does not let them in from where they are. */
@Named
@RequestScoped
public class RestrictedView {

    @Inject
    private FacesContext faces;

    @EJB
    private AccessRestrictionService access;

    public String getMessage() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        return Messages.text("restricted.address", access.rules().clientAddress(request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For")));
    }
}
