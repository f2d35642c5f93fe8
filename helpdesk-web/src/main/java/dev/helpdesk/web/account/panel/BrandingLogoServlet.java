package dev.helpdesk.web.account.panel;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.account.application.Logo;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The account's logo, public: the login pages show it. */
@WebServlet("/branding/logo")
public class BrandingLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountSettingsService accountSettings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Logo> logo = accountSettings.logo();
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(logo.get().contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "max-age=300");
        response.setContentLength(logo.get().image().length);
        response.getOutputStream().write(logo.get().image());
    }
}
