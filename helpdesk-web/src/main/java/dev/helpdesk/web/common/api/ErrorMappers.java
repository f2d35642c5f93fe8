package dev.helpdesk.web.common.api;

import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.ThrottledException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API answers with an {@link ApiError} body, never a stack trace. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response response(Response.Status status, String error, String code, String field, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(error, code, field, message)).build();
    }

    /** What every mapper needs of the request: the caller's language. */
    abstract static class Localized {

        @Context
        private HttpHeaders headers;

        @Context
        private SecurityContext security;

        Locale locale() {
            try {
                Principal principal = security == null ? null : security.getUserPrincipal();
                return ErrorMessages.languageFor(principal == null ? null : principal.getName(),
                        headers == null ? List.of() : headers.getAcceptableLanguages());
            } catch (RuntimeException e) {
                // an error about the error must not hide it
                return Locale.ENGLISH;
            }
        }

        String text(String key, Object... arguments) {
            return ErrorMessages.text(key, locale(), arguments);
        }

        Response malformedJson() {
            return response(Response.Status.BAD_REQUEST, "invalid_input", "json.malformed", "body",
                    "body: " + text("api.malformedJson"));
        }

        Response forbidden() {
            return response(Response.Status.FORBIDDEN, "forbidden", "forbidden", null, text("api.forbidden"));
        }
    }

    @Provider
    public static class InvalidInput extends Localized implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return invalid(e, locale());
        }

        static Response invalid(InvalidInputException e, Locale locale) {
            String name = e.fieldLabel() == null ? e.field() : e.fieldLabel() + " (" + e.field() + ")";
            return response(Response.Status.BAD_REQUEST, "invalid_input", e.messageKey(), e.field(),
                    name + ": " + ErrorMessages.text(e.messageKey(), locale, e.arguments()));
        }
    }

    /** A public use that came too often from one client: 429, to be tried again later. */
    @Provider
    public static class Throttled extends Localized implements ExceptionMapper<ThrottledException> {
        @Override
        public Response toResponse(ThrottledException e) {
            return Response.status(429).type(MediaType.APPLICATION_JSON_TYPE).header("Retry-After", "3600")
                    .entity(new ApiError("too_many_requests", e.messageKey(), null, text(e.messageKey()))).build();
        }
    }

    @Provider
    public static class NotFound extends Localized implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return response(Response.Status.NOT_FOUND, "not_found",
                    "not_found." + e.objectType().replaceAll("[^A-Za-z]+", "_").toLowerCase(Locale.ROOT), null,
                    text("api.notFound"));
        }
    }

    @Provider
    public static class Denied extends Localized implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return forbidden();
        }
    }

    @Provider
    public static class RoleDenied extends Localized implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return forbidden();
        }
    }

    /** Unreadable JSON: the body as a whole is the offending field. */
    @Provider
    public static class MalformedJson extends Localized implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformedJson();
        }
    }

    @Provider
    public static class Processing extends Localized implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformedJson();
        }
    }

    /**
     * The JAX-RS runtime's own answers (unknown path, wrong method, unsupported media type) keep their status; a
     * parameter refused by the help desk's own converters ({@link WholeNumberParams}), which JAX-RS wraps in a 404
     * or a 400, answers as bad input does.
     */
    @Provider
    public static class Web extends Localized implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                return InvalidInput.invalid(invalid, locale());
            }
            int status = e.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException) {
                return malformedJson();
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("http_" + status, "http_" + status, null,
                            type == null ? "HTTP " + status : type.getReasonPhrase()))
                    .build();
        }
    }

    @Provider
    public static class Unexpected extends Localized implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            LOG.log(Level.SEVERE, "Unexpected failure in an API call", e);
            return response(Response.Status.INTERNAL_SERVER_ERROR, "internal_error", "internal_error", null,
                    text("api.internal"));
        }
    }
}
