package dev.helpdesk.web.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/** A response on which a Content-Security-Policy added later replaces the one set before: the answer carries one. */
final class OnePolicyResponse extends HttpServletResponseWrapper {

    OnePolicyResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void addHeader(String name, String value) {
        if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
            setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }
}
