package dev.helpdesk.web.security;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.account.domain.FrameOrigins;
import dev.helpdesk.security.access.application.AccessRestrictionService;
import dev.helpdesk.security.access.domain.AccessRules;
import dev.helpdesk.security.access.domain.IpAllowList;
import dev.helpdesk.shared.infrastructure.PublicUrl;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * The headers every answer carries: no content-type sniffing, no framing by other sites, no full addresses in the
 * Referer sent elsewhere, no browser features the panels do not use, the Content-Security-Policy. When the public
 * address is HTTPS, a request over plain HTTP is sent there and answers over HTTPS carry HSTS. Redirects and
 * {@code Location} headers are given on the public address, not on the request's {@code Host}.
 *
 * <p>The policy is the one in {@code web.xml} ({@link ContentSecurityPolicy}). A Faces page answers with the same
 * policy plus the nonce of its scripts, set by PrimeFaces while it renders; the response is wrapped so that this
 * second header replaces the one set here instead of joining it (a browser enforces every policy it is sent, so
 * the one without the nonce would block the page's scripts). The public contact form may be framed by the company
 * sites the account lists ({@code contactFormOrigins}): its {@code frame-ancestors} names them, and it is sent without
 * {@code X-Frame-Options} then; every other page is framed by the help desk's own pages only. Error pages are Faces pages dispatched anew with the
 * container's own response, hence the filter runs for the error dispatch too.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HSTS = "max-age=31536000";
    /** The page other sites may frame, when the account lists them. */
    static final String FRAMABLE_PAGE = "/contact.xhtml";

    @EJB
    private AccessRestrictionService access;

    @EJB
    private AccountSettingsService accountSettings;

    private String policy;
    private PublicUrl publicUrl;

    @Override
    public void init() throws ServletException {
        policy = ContentSecurityPolicy.of(getServletContext());
        publicUrl = PublicUrl.configured();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean secure = secure(request);
        if (publicUrl.isHttps() && !secure && request.getDispatcherType() == DispatcherType.REQUEST) {
            redirectToHttps(request, response);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        String origins = isFramable(request) ? accountSettings.current().contactFormOrigins() : null;
        UnaryOperator<String> pagePolicy = origins == null ? UnaryOperator.identity()
                : p -> ContentSecurityPolicy.withFrameAncestors(p, FrameOrigins.frameAncestors(origins));
        if (origins == null) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setHeader(ContentSecurityPolicy.HEADER, pagePolicy.apply(policy));
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (publicUrl.isHttps() && secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new PublicLocationResponse(new OnePolicyResponse(response, pagePolicy),
                location(request)));
    }

    private static boolean isFramable(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.REQUEST
                && request.getRequestURI().substring(request.getContextPath().length()).equals(FRAMABLE_PAGE);
    }

    /** Same page, same query, on the public HTTPS address; the method is kept for what is not a GET or HEAD. */
    private void redirectToHttps(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        boolean safe = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        response.setStatus(safe ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", publicUrl.at(request.getRequestURI().substring(request.getContextPath().length()))
                + query);
    }

    /**
     * Over HTTPS to this server, or to a proxy the administrator trusts that says so in {@code X-Forwarded-Proto}
     * (WildFly's {@code proxy-address-forwarding} makes the first true for such requests too).
     */
    private boolean secure(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        if (!"https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")) || access == null) {
            return false;
        }
        // the authentication mechanism, which ran first, read the rules for this request already
        AccessRules rules = request.getAttribute(HelpdeskAuthenticationMechanism.ACCESS_RULES) instanceof AccessRules
                known ? known : access.rules();
        IpAllowList proxies = rules.trustedProxies();
        return !proxies.ranges().isEmpty() && proxies.allows(request.getRemoteAddr());
    }

    private PublicLocation location(HttpServletRequest request) {
        return new PublicLocation(publicUrl, request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort(), request.getContextPath(), request.getRequestURI());
    }
}
