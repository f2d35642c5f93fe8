package dev.helpdesk.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import dev.helpdesk.web.common.api.ErrorMessages;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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

    static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String code) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"helpdesk\"");
        return send(request, response, HttpServletResponse.SC_UNAUTHORIZED, code, "api.unauthorized");
    }

    static AuthenticationStatus addressNotAllowed(HttpServletRequest request, HttpServletResponse response,
                                                  String client) {
        return send(request, response, HttpServletResponse.SC_FORBIDDEN, "address_not_allowed",
                "api.addressNotAllowed", client.replaceAll("[^0-9a-fA-F.:]", ""));
    }

    static AuthenticationStatus outsideWorkShift(HttpServletRequest request, HttpServletResponse response) {
        return send(request, response, HttpServletResponse.SC_FORBIDDEN, "outside_work_shift", "api.outsideShift");
    }

    /**
     * Nobody is signed in yet: the message speaks the first language of the request's Accept-Language the help desk
     * speaks, else the account's default.
     */
    private static AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response, int status,
                                             String code, String messageKey, Object... arguments) {
        List<Locale> accepted = request.getHeader("Accept-Language") == null ? List.of()
                : Collections.list(request.getLocales());
        Locale locale = ErrorMessages.languageFor(null, accepted);
        String body = Json.createObjectBuilder().add("error", code).add("code", code)
                .add("message", ErrorMessages.text(messageKey, locale, arguments)).build().toString();
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
            response.getWriter().close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not write the " + status + " body", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
