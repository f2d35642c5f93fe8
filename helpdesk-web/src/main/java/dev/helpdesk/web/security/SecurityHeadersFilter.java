package dev.helpdesk.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries: no content-type sniffing, no framing by other sites, no full addresses in the
 * Referer sent elsewhere, no browser features the panels do not use, the Content-Security-Policy; and HSTS when
 * the request came over HTTPS.
 *
 * <p>The policy is the one in {@code web.xml} ({@link ContentSecurityPolicy}). A Faces page answers with the same
 * policy plus the nonce of its scripts, set by PrimeFaces while it renders; the response is wrapped so that this
 * second header replaces the one set here instead of joining it (a browser enforces every policy it is sent, so
 * the one without the nonce would block the page's scripts). Error pages are Faces pages dispatched anew with the
 * container's own response, hence the filter runs for the error dispatch too.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = ContentSecurityPolicy.of(getServletContext());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader(ContentSecurityPolicy.HEADER, policy);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new OnePolicyResponse(response));
    }
}
