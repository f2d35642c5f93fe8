package dev.helpdesk.web.common.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API, under /api/v1; every call carries {@code Authorization: Bearer <token>}. The server describes it
 * at /openapi (server-config/src/main/cli/openapi.cli).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Help desk API", version = "1",
                description = "Tickets, departments, agents, customers and canned responses. A token acts as the "
                        + "agent or customer it was issued for. Errors answer {error, field, message}."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {
}
