package dev.helpdesk.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answers an API call gets when authentication refuses it: a status and a JSON body naming the reason. Each
 * completes (closes) the response, so the container is told to send it as it is.
 */
final class ApiRefusals {

    private static final Logger LOG = Logger.getLogger(ApiRefusals.class.getName());

    private ApiRefusals() {
    }

    static AuthenticationStatus unauthorized(HttpServletResponse response, String code) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"helpdesk\"");
        return send(response, HttpServletResponse.SC_UNAUTHORIZED, code,
                "A valid API token is required in the Authorization header: Bearer <token>");
    }

    static AuthenticationStatus addressNotAllowed(HttpServletResponse response, String client) {
        return send(response, HttpServletResponse.SC_FORBIDDEN, "address_not_allowed",
                "The account does not allow access from " + client.replaceAll("[^0-9a-fA-F.:]", ""));
    }

    static AuthenticationStatus outsideWorkShift(HttpServletResponse response) {
        return send(response, HttpServletResponse.SC_FORBIDDEN, "outside_work_shift",
                "The agent's work shift does not include this time");
    }

    /** The code and message are the class's own constants (the address is reduced to address characters). */
    private static AuthenticationStatus send(HttpServletResponse response, int status, String code, String message) {
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
            response.getWriter().close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not write the " + status + " body", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
