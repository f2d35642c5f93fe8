package dev.helpdesk.web.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.function.UnaryOperator;

/**
 * A response on which a Content-Security-Policy added later replaces the one set before: the answer carries one.
 * A page that sets its own {@code frame-ancestors} (the contact form) has each policy set on it rewritten so.
 */
final class OnePolicyResponse extends HttpServletResponseWrapper {

    private final UnaryOperator<String> pagePolicy;

    OnePolicyResponse(HttpServletResponse response) {
        this(response, UnaryOperator.identity());
    }

    OnePolicyResponse(HttpServletResponse response, UnaryOperator<String> pagePolicy) {
        super(response);
        this.pagePolicy = pagePolicy;
    }

    @Override
    public void addHeader(String name, String value) {
        if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
            setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, ContentSecurityPolicy.HEADER.equalsIgnoreCase(name) && value != null
                ? pagePolicy.apply(value) : value);
    }
}
