package dev.helpdesk.web.security;

import dev.helpdesk.shared.infrastructure.PublicUrl;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the panels keep about a visitor between requests: who is signed in (only the login name; the role is read
 * again on every request), who is half signed in waiting for a second-factor code, where a single sign-on visitor
 * was going, why the last login step was refused, and the browser's device cookie.
 */
public final class PanelSession {

    private static final String USER = "helpdesk.loginName";
    private static final String CREDENTIALS = "helpdesk.credentialsVersion";
    private static final String PENDING = "helpdesk.awaitingSecondFactor";
    private static final String REFUSAL = "helpdesk.loginRefusal";
    private static final String SSO_NEXT = "helpdesk.ssoNext";
    private static final String DEVICE_COOKIE = "hd_device";
    private static final Duration PENDING_FOR = Duration.ofMinutes(5);

    private PanelSession() {
    }

    static Optional<String> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(USER));
    }

    /** Signs in, remembering how many times the password had been changed: a later change ends this session. */
    static void signIn(HttpServletRequest request, String loginName, long credentialsVersion) {
        request.getSession().setAttribute(USER, loginName);
        request.getSession().setAttribute(CREDENTIALS, credentialsVersion);
    }

    /** The count of password changes this session signed in with (0 for a session older than the count). */
    static long credentialsVersion(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object version = session == null ? null : session.getAttribute(CREDENTIALS);
        return version instanceof Long count ? count : 0L;
    }

    /** The signed-in person chose a new password in this session: this one goes on, the others end. */
    public static void passwordChanged(HttpServletRequest request, long credentialsVersion) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(USER) != null) {
            session.setAttribute(CREDENTIALS, credentialsVersion);
        }
    }

    /** The session stays (its language, its device), but nobody is signed in to it any more. */
    static void signOut(HttpServletRequest request) {
        request.getSession().removeAttribute(USER);
    }

    /** The password was right: the code must follow within five minutes, in this session. */
    static void awaitSecondFactor(HttpServletRequest request, String loginName) {
        request.getSession().setAttribute(PENDING, new PendingLogin(loginName, Instant.now()));
    }

    static Optional<String> pendingLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING);
        return pending instanceof PendingLogin login && login.since().plus(PENDING_FOR).isAfter(Instant.now())
                ? Optional.of(login.loginName()) : Optional.empty();
    }

    static void secondFactorPassed(HttpServletRequest request) {
        request.getSession().removeAttribute(PENDING);
    }

    /** Says, for the login page, why this login step was refused (a message key). */
    static void refuse(HttpServletRequest request, String messageKey) {
        request.setAttribute(REFUSAL, messageKey);
    }

    /** Where a single sign-on visitor was going, for after the trusted system has sent them back. */
    static void rememberSsoDestination(HttpServletRequest request, String path) {
        request.getSession(true).setAttribute(SSO_NEXT, path);
    }

    /**
     * Opens a panel session for someone a single sign-on key vouched for, with a new session id; an agent with two
     * factors is only half signed in, as after a password. Answers the page the person was going to, if any.
     */
    public static String startSsoSession(HttpServletRequest request, String loginName, long credentialsVersion,
                                         boolean needsSecondFactor) {
        HttpSession old = request.getSession(false);
        String next = old == null ? null : (String) old.getAttribute(SSO_NEXT);
        request.getSession(true);
        request.changeSessionId();
        request.getSession().removeAttribute(SSO_NEXT);
        if (needsSecondFactor) {
            awaitSecondFactor(request, loginName);
        } else {
            signIn(request, loginName, credentialsVersion);
        }
        return next;
    }

    /** Whether this session's password step passed recently and waits for the code. */
    public static boolean awaitsSecondFactor(HttpServletRequest request) {
        return pendingLogin(request).isPresent();
    }

    /** The message key saying why a login step was refused, or {@code otherwise} when it did not say. */
    public static String refusal(HttpServletRequest request, String otherwise) {
        Object refusal = request.getAttribute(REFUSAL);
        return refusal == null ? otherwise : refusal.toString();
    }

    /** Signs the current user out of this request and of the session. */
    public static void forget(HttpServletRequest request) throws ServletException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(USER);
            session.removeAttribute(PENDING);
        }
        request.logout();
    }

    /** The signed-in agent's login e-mail changed: the session goes on under the new one. */
    public static void renamed(HttpServletRequest request, String newLoginName) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(USER) != null) {
            session.setAttribute(USER, newLoginName);
        }
    }

    /** As {@link #renamed}, only when this browser is signed in as {@code previousLoginName}. */
    public static void renamed(HttpServletRequest request, String previousLoginName, String newLoginName) {
        if (user(request).filter(previousLoginName::equals).isPresent()) {
            renamed(request, newLoginName);
        }
    }

    /** The browser's own random id, when an earlier login gave it one. */
    static Optional<String> existingDeviceId(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (DEVICE_COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[0-9a-f]{32}")) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The browser's own random id, kept in a long-lived cookie: set at its first login. */
    static String deviceId(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> existing = existingDeviceId(request);
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        Cookie cookie = new Cookie(DEVICE_COOKIE, id);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || PublicUrl.configured().isHttps());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(730).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return id;
    }

    /** Who typed the right password, and when. */
    private record PendingLogin(String loginName, Instant since) implements Serializable {
    }
}
