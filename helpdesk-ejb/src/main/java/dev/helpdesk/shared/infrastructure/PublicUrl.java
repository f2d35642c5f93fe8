package dev.helpdesk.shared.infrastructure;

import java.net.URI;
import java.util.Locale;

/**
 * The address people reach the help desk at ({@code HELPDESK_PUBLIC_URL}), such as
 * {@code https://help.example.com/helpdesk}: the one base of every link and redirect the help desk gives out, so
 * that no request's {@code Host} header can point them elsewhere. When it is HTTPS, the panels are HTTPS only.
 */
public record PublicUrl(String scheme, String host, int port, String path) {

    public static final String DEFAULT = "http://localhost:8080/helpdesk";

    private static final PublicUrl CONFIGURED = of(Settings.get("public.url", DEFAULT));

    public static PublicUrl configured() {
        return CONFIGURED;
    }

    /** Reads an {@code http} or {@code https} address with a host; a trailing slash is dropped. */
    public static PublicUrl of(String address) {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(address);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
                || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw invalid(address);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(scheme);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return new PublicUrl(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path);
    }

    public static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    public boolean isHttps() {
        return scheme.equals("https");
    }

    /** {@code scheme://host[:port]}, the port left out when it is the scheme's own. */
    public String origin() {
        return scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port);
    }

    /** The address without a trailing slash. */
    public String base() {
        return origin() + path;
    }

    /** The address of a page of the help desk: {@code pathInApp} starts with a slash, as in "/login.xhtml". */
    public String at(String pathInApp) {
        return base() + pathInApp;
    }

    private static IllegalStateException invalid(String address) {
        return new IllegalStateException("HELPDESK_PUBLIC_URL must be an http:// or https:// address such as "
                + DEFAULT + ", not " + address);
    }
}
