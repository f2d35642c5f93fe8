package dev.helpdesk.web.security;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.application.RequestOrigin;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.application.CompanyDirectory;
import dev.helpdesk.directory.application.DirectoryLookup;
import dev.helpdesk.directory.application.LoginIdentities;
import dev.helpdesk.directory.domain.LoginName;
import dev.helpdesk.security.access.application.AccessRestrictionService;
import dev.helpdesk.security.access.application.ShiftAccess;
import dev.helpdesk.security.access.domain.AccessRules;
import dev.helpdesk.security.login.application.KnownDevices;
import dev.helpdesk.security.login.application.LoginThrottle;
import dev.helpdesk.security.sso.application.SsoService;
import dev.helpdesk.security.token.application.ApiTokenService;
import dev.helpdesk.security.twofactor.application.TwoFactorService;
import dev.helpdesk.security.twofactor.domain.TwoFactorCheck;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.shared.infrastructure.PublicUrl;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * How people and programs prove who they are. Passwords (panels) are verified by the server's Elytron security
 * domain, local or LDAP, through the container's password validation; the login name is then kept in the HTTP
 * session ({@link PanelSession}). API calls never use the session: each carries a bearer token naming a registered user. On every
 * request the role is read from the help desk's own records, so a deactivated user is out at once and a
 * directory account the help desk never registered never gets in.
 * Unauthenticated visits to a panel page go to the login page; unauthenticated API calls get 401 with a JSON body.
 * An agent with two-factor authentication on signs in to the panels in two steps: the password, then a code
 * ({@link TwoFactorCredential}) within five minutes in the same session.
 */
@ApplicationScoped
public class HelpdeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String SECOND_FACTOR_SETUP = "/agent/two-factor.xhtml";
    static final String RESTRICTED_PAGE = "/restricted.xhtml";
    private static final String CLIENT_ADDRESS = "helpdesk.clientAddress";
    static final String ACCESS_RULES = "helpdesk.accessRules";
    private static final String API_PREFIX = "/api/";
    /** Style sheets, scripts and images of the panels: public, and not worth a database lookup each. */
    private static final String STATIC_RESOURCES = "/jakarta.faces.resource/";
    private static final String BEARER = "Bearer ";

    @EJB
    private ApiTokenService tokens;

    @EJB
    private LoginIdentities identities;

    @EJB
    private AccountSettingsService accountSettings;

    @EJB
    private TwoFactorService twoFactor;

    @EJB
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @EJB
    private AccessRestrictionService access;

    @EJB
    private LoginThrottle throttle;

    @EJB
    private KnownDevices devices;

    @EJB
    private SsoService sso;

    @EJB
    private ShiftAccess shiftAccess;

    @EJB
    private CompanyDirectory directory;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return validatePassword(password, context);
        }
        if (credential instanceof TwoFactorCredential secondFactor) {
            return validateSecondFactor(secondFactor, context);
        }
        if (isApi(request)) {
            if (request.getHeader("Authorization") == null
                    && PublicApiPaths.contains(path(request))) {
                clientAddress(request);
                return context.doNothing();
            }
            return validateBearerToken(request, response, context);
        }
        if (path(request).startsWith(STATIC_RESOURCES)) {
            return context.doNothing();
        }
        Optional<String> sessionUser = PanelSession.user(request);
        if (sessionUser.isPresent()) {
            Optional<String> role = identities.sessionRole(sessionUser.get(),
                    PanelSession.credentialsVersion(request)).filter(this::mayUsePanels);
            if (role.isPresent() && !fromAllowedAddress(request, role.get())) {
                PanelSession.signOut(request);
                return context.redirect(PublicUrl.configured().at(RESTRICTED_PAGE));
            }
            if (role.isPresent() && !insideShift(sessionUser.get(), role.get())) {
                PanelSession.signOut(request);
                return context.redirect(PublicUrl.configured().at(LOGIN_PAGE + "?outsideShift=true"));
            }
            if (role.isPresent()) {
                if (mustSetUpSecondFactor(request, sessionUser.get(), role.get())) {
                    return context.redirect(PublicUrl.configured().at(SECOND_FACTOR_SETUP));
                }
                return context.notifyContainerAboutLogin(sessionUser.get(), Set.of(role.get()));
            }
            PanelSession.signOut(request);
        }
        if (context.isProtected()) {
            Optional<String> ssoLogin = path(request).startsWith("/customer/") ? sso.customerLoginAddress()
                    : Optional.empty();
            if (ssoLogin.isPresent()) {
                PanelSession.rememberSsoDestination(request, requestedPath(request));
                return context.redirect(ssoLogin.get());
            }
            return context.redirect(PublicUrl.configured().at(LOGIN_PAGE + "?next="
                    + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8)));
        }
        if (path(request).endsWith(".xhtml")) {
            // a public page (login, forgot password) records where it was used from, as the audit log shows it
            clientAddress(request);
        }
        return context.doNothing();
    }

    private AuthenticationStatus validatePassword(UsernamePasswordCredential credential, HttpMessageContext context)
            throws AuthenticationException {
        String attempted = LoginName.normalized(credential.getCaller());
        Optional<String> known = identities.emailOf(attempted).filter(identities::isRegistered);
        // a name the help desk does not know may be a directory user's account name: the directory says whose
        DirectoryLookup lookup = known.isPresent() ? null : directory.lookUp(attempted);
        Optional<String> registered = lookup == null ? known : lookup.user();
        String loginName = registered.orElse(attempted);
        boolean knownDevice = PanelSession.existingDeviceId(context.getRequest())
                .map(device -> devices.isKnown(loginName, device)).orElse(false);
        if (throttle.isBlocked(loginName, clientAddress(context.getRequest()), knownDevice)) {
            audit.login(loginName, AuditAction.LOGIN_THROTTLED);
            PanelSession.refuse(context.getRequest(), "login.throttled");
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (lookup == null && identities.isDirectoryUser(loginName)) {
            lookup = directory.lookUp(attempted);
        }
        if (lookup != null && !lookup.reachable()) {
            // one wait for the directory per login: the realm is not asked to wait for it again
            audit.login(loginName, AuditAction.LOGIN_DIRECTORY_UNAVAILABLE);
            PanelSession.refuse(context.getRequest(), "login.directoryUnavailable");
            return AuthenticationStatus.SEND_FAILURE;
        }
        Subject subject = context.getClientSubject();
        // the realms get the name as typed (normalized): the directory binds as the entry that name finds
        PasswordValidationCallback callback = new PasswordValidationCallback(subject,
                attempted, credential.getPassword().getValue());
        try {
            context.getHandler().handle(new Callback[] {callback});
            if (registered.isEmpty()) {
                // the realm refused at once: spend what checking a real account's password costs
                identities.checkPasswordOfNobody(credential.getPasswordAsString());
            }
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        } finally {
            callback.clearPassword();
        }
        Optional<String> role = callback.getResult()
                ? identities.activeRole(loginName).filter(this::mayUsePanels)
                : Optional.empty();
        if (role.isEmpty()) {
            audit.login(loginName, AuditAction.LOGIN_FAILED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpServletRequest request = context.getRequest();
        if (!fromAllowedAddress(request, role.get())) {
            audit.login(loginName, AuditAction.LOGIN_REFUSED_ADDRESS);
            return context.redirect(PublicUrl.configured().at(RESTRICTED_PAGE));
        }
        if (!insideShift(loginName, role.get())) {
            audit.login(loginName, AuditAction.LOGIN_OUTSIDE_SHIFT);
            PanelSession.refuse(request, "login.outsideShift");
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        if (!Roles.CUSTOMER.equals(role.get())
                && twoFactor.stageFor(loginName) == TwoFactorService.LoginStage.CODE) {
            PanelSession.awaitSecondFactor(request, loginName);
            return AuthenticationStatus.SEND_FAILURE;
        }
        audit.login(loginName, AuditAction.LOGIN);
        return loggedIn(request, loginName, role.get(), context);
    }

    /** The second step: the password was right a few minutes ago in this session, now the code must be. */
    private AuthenticationStatus validateSecondFactor(TwoFactorCredential credential, HttpMessageContext context) {
        HttpServletRequest request = context.getRequest();
        clientAddress(request);
        Optional<String> pending = PanelSession.pendingLogin(request);
        if (pending.isEmpty()) {
            PanelSession.refuse(request, "twoFactor.expired");
            return AuthenticationStatus.SEND_FAILURE;
        }
        String loginName = pending.get();
        TwoFactorCheck check = twoFactor.checkLogin(loginName, credential.code());
        Optional<String> role = identities.activeRole(loginName).filter(this::mayUsePanels);
        if (check != TwoFactorCheck.OK || role.isEmpty()) {
            audit.login(loginName, AuditAction.SECOND_FACTOR_FAILED);
            PanelSession.refuse(request, "twoFactor." + check.name().toLowerCase(Locale.ROOT));
            return AuthenticationStatus.SEND_FAILURE;
        }
        PanelSession.secondFactorPassed(request);
        request.changeSessionId();
        audit.login(loginName, AuditAction.LOGIN);
        return loggedIn(request, loginName, role.get(), context);
    }

    private AuthenticationStatus loggedIn(HttpServletRequest request, String loginName, String role,
                                          HttpMessageContext context) {
        PanelSession.signIn(request, loginName, identities.credentialsVersion(loginName));
        if (!Roles.CUSTOMER.equals(role)) {
            devices.signedIn(loginName, PanelSession.deviceId(request, context.getResponse()),
                    request.getHeader("User-Agent"), clientAddress(request));
        }
        return context.notifyContainerAboutLogin(loginName, Set.of(role));
    }

    /**
     * An agent of an account that requires two factors, who has none yet, may only reach the page that sets them
     * up (and what it needs) until they do.
     */
    private boolean mustSetUpSecondFactor(HttpServletRequest request, String loginName, String role) {
        String path = path(request);
        if (Roles.CUSTOMER.equals(role) || path.equals(SECOND_FACTOR_SETUP) || !path.endsWith(".xhtml")) {
            return false;
        }
        return twoFactor.mustEnrol(loginName);
    }

    /** Customers use the panels only while the account keeps the customer panel enabled; the API stays open. */
    private boolean mayUsePanels(String role) {
        return !Roles.CUSTOMER.equals(role) || accountSettings.current().customerPanelEnabled();
    }

    private AuthenticationStatus validateBearerToken(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        Optional<String> principal = Optional.ofNullable(header)
                .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(h -> h.substring(BEARER.length()))
                .flatMap(tokens::principalFor);
        Optional<String> role = principal.flatMap(identities::activeRole);
        if (role.isEmpty()) {
            return ApiRefusals.unauthorized(request, response, header == null ? "missing_token" : "invalid_token");
        }
        if (!fromAllowedAddress(request, role.get())) {
            return ApiRefusals.addressNotAllowed(request, response, clientAddress(request));
        }
        if (!insideShift(principal.get(), role.get())) {
            return ApiRefusals.outsideWorkShift(request, response);
        }
        return context.notifyContainerAboutLogin(principal.get(), Set.of(role.get()));
    }

    /** The client's address under the account's rules (cached for the request), also kept for the audit log. */
    private String clientAddress(HttpServletRequest request) {
        Object known = request.getAttribute(CLIENT_ADDRESS);
        if (known != null) {
            return (String) known;
        }
        String client = rules(request).clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        request.setAttribute(CLIENT_ADDRESS, client);
        origin.address(client);
        return client;
    }

    private boolean fromAllowedAddress(HttpServletRequest request, String role) {
        return rules(request).allows(role, clientAddress(request));
    }

    /** The IP restriction in force, read once per request. */
    private AccessRules rules(HttpServletRequest request) {
        Object known = request.getAttribute(ACCESS_RULES);
        if (known instanceof AccessRules rules) {
            return rules;
        }
        AccessRules rules = access.rules();
        request.setAttribute(ACCESS_RULES, rules);
        return rules;
    }

    /** Agents bound to a work shift use the help desk only inside it (D4); customers are not bound. */
    private boolean insideShift(String loginName, String role) {
        return Roles.CUSTOMER.equals(role) || shiftAccess.allowsNow(loginName);
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith(API_PREFIX);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Where to go back after signing in. A form posted after the session ended cannot be replayed; its page can: a
     * Faces form posts to its page's address without the page's query (the ticket's protocol), so the page is
     * taken from the Referer the browser sends for its own forms, when it names a page of this help desk.
     */
    private static String requestedPath(HttpServletRequest request) {
        String query = request.getQueryString();
        String referer = request.getHeader("Referer");
        if ("POST".equals(request.getMethod()) && query == null && referer != null) {
            String here = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                    + request.getContextPath();
            for (String base : List.of(here, PublicUrl.configured().at(""))) {
                if (referer.startsWith(base + "/")) {
                    return referer.substring(base.length());
                }
            }
        }
        return path(request) + (query == null ? "" : "?" + query);
    }
}
