package dev.helpdesk.web.security.panel;

import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.security.PanelSession;
import dev.helpdesk.web.security.TwoFactorCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The second step of a panel login: the code from the authenticator app, or a recovery code. */
@Named
@RequestScoped
public class TwoFactorLoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    private String code;
    private String next;

    public String verify() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (!PanelSession.awaitsSecondFactor(request)) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
            return null;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new TwoFactorCredential(code)));
        if (status != AuthenticationStatus.SUCCESS || LoginView.landingPage(request) == null) {
            Messages.error(PanelSession.refusal(request, "twoFactor.wrong"));
            return null;
        }
        external.redirect(external.getRequestContextPath()
                + LoginView.safeNext(next).orElse(LoginView.landingPage(request)));
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
