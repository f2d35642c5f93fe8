package dev.helpdesk.web.common.panel;

import dev.helpdesk.shared.infrastructure.PublicUrl;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.primefaces.csp.CspException;

/**
 * A form sent from a page the server no longer holds (it stayed open past the session, the server restarted) or
 * with a script nonce that is not the page's (a stale or forged post) is not an error of the help desk: the browser
 * is sent to the "page expired, reload" page, by a plain or an Ajax redirect, instead of getting a 500.
 */
public class StalePageExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/expired.xhtml";

    public StalePageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (isStalePage(events.next().getContext().getException())) {
                events.remove();
                if (!context.getResponseComplete()) {
                    redirectToExpiredPage(context);
                }
            }
        }
        getWrapped().handle();
    }

    static boolean isStalePage(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static void redirectToExpiredPage(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        String page = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            context.getExternalContext().redirect(PublicUrl.configured().at(EXPIRED_PAGE) + "?page="
                    + URLEncoder.encode(page, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new StalePageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
