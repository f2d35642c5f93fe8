package dev.helpdesk.web.security;

import dev.helpdesk.shared.infrastructure.PublicUrl;
import java.net.URI;
import java.util.Locale;

/**
 * The {@code Location} the help desk sends: a redirect or a created resource inside the help desk is given on the
 * public address, never on the host the request named. Addresses elsewhere (a single-sign-on provider) are kept.
 *
 * @param requestOrigin {@code scheme://host:port} as the request names it
 * @param contextPath the application's path on this server, such as {@code /helpdesk}
 * @param requestPath the path of the request, to resolve a relative location against
 */
record PublicLocation(PublicUrl publicUrl, String requestOrigin, String contextPath, String requestPath) {

    String of(String location) {
        if (location == null || location.isEmpty() || location.startsWith("//")) {
            return location;
        }
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (uri.isAbsolute()) {
            return sameOrigin(uri) ? onPublicUrl(uri.getRawPath(), tail(uri)) : location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? requestPath
                : uri.getRawPath().startsWith("/") ? uri.getRawPath()
                : URI.create(requestPath).resolve(uri.getRawPath()).getRawPath();
        return onPublicUrl(path, tail(uri));
    }

    private String onPublicUrl(String path, String tail) {
        if (path.equals(contextPath) || path.startsWith(contextPath + "/")) {
            return publicUrl.at(path.substring(contextPath.length())) + tail;
        }
        return publicUrl.origin() + path + tail;
    }

    private boolean sameOrigin(URI uri) {
        URI request = URI.create(requestOrigin);
        return uri.getScheme().equalsIgnoreCase(request.getScheme()) && uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(request.getHost()) && port(uri) == port(request);
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : PublicUrl.defaultPort(uri.getScheme().toLowerCase(Locale.ROOT));
    }

    private static String tail(URI uri) {
        return (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
