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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API answers with an {@link ApiError} body, never a stack trace. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response response(Response.Status status, String error, String field, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(error, field, message)).build();
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            String name = e.fieldLabel() == null ? e.field() : e.fieldLabel() + " (" + e.field() + ")";
            return response(Response.Status.BAD_REQUEST, "invalid_input", e.field(),
                    name + ": " + ErrorMessages.text(e.messageKey()));
        }
    }

    /** A public use that came too often from one client: 429, to be tried again later. */
    @Provider
    public static class Throttled implements ExceptionMapper<ThrottledException> {
        @Override
        public Response toResponse(ThrottledException e) {
            return Response.status(429).type(MediaType.APPLICATION_JSON_TYPE).header("Retry-After", "3600")
                    .entity(new ApiError("too_many_requests", null, ErrorMessages.text(e.messageKey()))).build();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return response(Response.Status.NOT_FOUND, "not_found", null, "No such " + e.objectType());
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return response(Response.Status.FORBIDDEN, "forbidden", null, "This token may not do that");
        }
    }

    @Provider
    public static class RoleDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return response(Response.Status.FORBIDDEN, "forbidden", null, "This token may not do that");
        }
    }

    /** Unreadable JSON: the body as a whole is the offending field. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return response(Response.Status.BAD_REQUEST, "invalid_input", "body", "body: not valid JSON");
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return response(Response.Status.BAD_REQUEST, "invalid_input", "body", "body: not valid JSON");
        }
    }

    /**
     * The JAX-RS runtime's own answers (unknown path, wrong method, unsupported media type) keep their status; a
     * parameter refused by the help desk's own converters ({@link WholeNumberParams}), which JAX-RS wraps in a 404
     * or a 400, answers as bad input does.
     */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                return new InvalidInput().toResponse(invalid);
            }
            int status = e.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException) {
                return response(Response.Status.BAD_REQUEST, "invalid_input", "body", "body: not valid JSON");
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("http_" + status, null,
                            type == null ? "HTTP " + status : type.getReasonPhrase()))
                    .build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            LOG.log(Level.SEVERE, "Unexpected failure in an API call", e);
            return response(Response.Status.INTERNAL_SERVER_ERROR, "internal_error", null,
                    "The request could not be completed; it was not applied");
        }
    }
}
