package dev.helpdesk.web.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The help desk's Content-Security-Policy, written once in {@code web.xml} as PrimeFaces'
 * {@code primefaces.CSP_POLICY}. PrimeFaces sends it with every Faces page, appending that page's nonce (a fresh one
 * for each page opened, kept for the page's own later requests); other answers get it as written, without a nonce.
 * Because the nonce is appended at the end, the last directive must be {@code script-src}.
 */
final class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";
    static final String ENABLED_PARAMETER = "primefaces.CSP";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    private static final Pattern FRAME_ANCESTORS = Pattern.compile("frame-ancestors\\s[^;]*");
    private static final Pattern LAST_DIRECTIVE_IS_SCRIPT_SRC = Pattern.compile("(?:^|;)\\s*script-src\\s[^;]*$");

    private ContentSecurityPolicy() {
    }

    /**
     * The policy of the application, refused when PrimeFaces would not add its nonce: without the nonce the
     * panels' scripts could not run under the policy.
     */
    static String of(ServletContext context) throws ServletException {
        if (!"true".equals(context.getInitParameter(ENABLED_PARAMETER))) {
            throw new ServletException(ENABLED_PARAMETER + " must be true, or the panels' scripts get no nonce");
        }
        String value = Objects.toString(context.getInitParameter(POLICY_PARAMETER), "").strip();
        if (value.contains("\n") || value.contains("\r") || !LAST_DIRECTIVE_IS_SCRIPT_SRC.matcher(value).find()) {
            throw new ServletException(POLICY_PARAMETER + " must be one line ending with the script-src directive,"
                    + " which PrimeFaces appends the nonce to: " + value);
        }
        return value;
    }

    /**
     * The policy with its {@code frame-ancestors} sources replaced (added when it has none): who may show the page
     * in a frame. {@code sources} come checked from the account ({@code FrameOrigins}).
     */
    static String withFrameAncestors(String policy, String sources) {
        String directive = "frame-ancestors " + sources;
        if (FRAME_ANCESTORS.matcher(policy).find()) {
            return FRAME_ANCESTORS.matcher(policy).replaceFirst(java.util.regex.Matcher.quoteReplacement(directive));
        }
        return directive + "; " + policy;
    }
}
