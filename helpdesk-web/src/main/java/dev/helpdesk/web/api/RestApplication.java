package dev.helpdesk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, under /api/v1; every call carries {@code Authorization: Bearer <token>}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
