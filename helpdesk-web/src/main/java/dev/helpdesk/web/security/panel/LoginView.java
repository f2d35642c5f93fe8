package dev.helpdesk.web.security.panel;

import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.security.PanelSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The login form shared by the agent and customer panels. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    private String email;
    private String password;
    private String next;

    public String login() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(),
                                new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        if (PanelSession.awaitsSecondFactor(request)) {
            external.redirect(external.getRequestContextPath() + "/two-factor.xhtml"
                    + safeNext(next).map(n -> "?next=" + URLEncoder.encode(n, StandardCharsets.UTF_8)).orElse(""));
            return null;
        }
        if (status != AuthenticationStatus.SUCCESS || landingPage(request) == null) {
            PanelSession.forget(request);
            Messages.error(PanelSession.refusal(request, "login.failed"));
            return null;
        }
        external.redirect(external.getRequestContextPath() + safeNext(next).orElse(landingPage(request)));
        return null;
    }

    public String logout() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        PanelSession.forget(request);
        faces.getExternalContext().invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    /** Where a signed-in person starts: agents on their dashboard, customers in their tickets. */
    public static String landingPage(HttpServletRequest request) {
        if (request.isUserInRole(Roles.ADMIN) || request.isUserInRole(Roles.MANAGER)
                || request.isUserInRole(Roles.AGENT)) {
            return "/agent/dashboard.xhtml";
        }
        if (request.isUserInRole(Roles.CUSTOMER)) {
            return "/customer/tickets.xhtml";
        }
        return null;
    }

    /** Only a path inside this application, so the login page cannot be used to send people elsewhere. */
    static Optional<String> safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
