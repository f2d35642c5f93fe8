package dev.helpdesk.web.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/** A response whose redirects and {@code Location} headers point at the public address ({@link PublicLocation}). */
final class PublicLocationResponse extends HttpServletResponseWrapper {

    private static final String LOCATION = "Location";

    private final PublicLocation location;

    PublicLocationResponse(HttpServletResponse response, PublicLocation location) {
        super(response);
        this.location = location;
    }

    @Override
    public void sendRedirect(String target) throws IOException {
        super.sendRedirect(location.of(target));
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, LOCATION.equalsIgnoreCase(name) ? location.of(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, LOCATION.equalsIgnoreCase(name) ? location.of(value) : value);
    }
}
