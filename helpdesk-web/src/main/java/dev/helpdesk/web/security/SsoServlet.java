package dev.helpdesk.web.security;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.application.LoginIdentities;
import dev.helpdesk.security.sso.application.SsoService;
import dev.helpdesk.security.sso.domain.SsoToken;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the trusted system sends people with a single sign-on key: {@code /sso/agent?jwt=…} opens the agent panel,
 * {@code /sso/customer?jwt=…} the customer panel ({@code token=} works too). A refused key gets 401 (403 for a
 * valid key naming nobody the help desk may let in), and is audited.
 */
@WebServlet(urlPatterns = "/sso/*")
public class SsoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());

    @EJB
    private SsoService sso;

    @EJB
    private AuditLog audit;

    @EJB
    private LoginIdentities identities;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String panel = request.getPathInfo() == null ? "" : request.getPathInfo();
        String jwt = request.getParameter("jwt") != null ? request.getParameter("jwt") : request.getParameter("token");
        if (!panel.equals("/agent") && !panel.equals("/customer")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SsoService.SsoLogin login;
        try {
            login = panel.equals("/agent") ? sso.agent(jwt) : sso.customer(jwt);
        } catch (SsoToken.Refused e) {
            refuse(response, e.getMessage());
            return;
        } catch (EJBException e) {
            LOG.log(Level.FINE, "A single sign-on key was used twice at the same moment", e);
            refuse(response, "replayed");
            return;
        }
        String next = PanelSession.startSsoSession(request, login.loginName(),
                identities.credentialsVersion(login.loginName()), login.needsSecondFactor());
        response.sendRedirect(request.getContextPath() + (login.needsSecondFactor() ? "/two-factor.xhtml"
                : next != null ? next : panel.equals("/agent") ? "/agent/dashboard.xhtml" : "/customer/tickets.xhtml"));
    }

    private void refuse(HttpServletResponse response, String reason) throws IOException {
        audit.login("sso", AuditAction.SSO_REFUSED);
        response.setStatus("unknown".equals(reason) ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("Single sign-on refused: " + reason + "\n");
    }
}
