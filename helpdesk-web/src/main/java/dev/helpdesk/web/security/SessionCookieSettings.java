package dev.helpdesk.web.security;

import dev.helpdesk.shared.infrastructure.PublicUrl;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** When the public address is HTTPS, the session cookie is {@code Secure}: a browser never sends it in clear. */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (PublicUrl.configured().isHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
