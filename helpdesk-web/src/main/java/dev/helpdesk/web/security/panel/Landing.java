package dev.helpdesk.web.security.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The application's root: sends a signed-in person to their panel, anyone else to the login page. */
@Named
@RequestScoped
public class Landing {

    public void go() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String page = LoginView.landingPage((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + (page == null ? "/login.xhtml" : page));
    }
}
