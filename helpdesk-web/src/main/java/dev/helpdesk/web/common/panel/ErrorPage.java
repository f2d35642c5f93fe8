package dev.helpdesk.web.common.panel;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The help desk's own error page: what went wrong in words, no stack trace or server version. A failure of the
 * help desk itself gets a short reference, shown to the person and written to the log with the exception, so that
 * the administrator can find it.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private int status;
    private String reference;

    @PostConstruct
    void read() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        status = request.get(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        if (status >= 500) {
            byte[] random = new byte[4];
            RANDOM.nextBytes(random);
            reference = HexFormat.of().formatHex(random).toUpperCase();
            Object thrown = request.get(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.SEVERE, "Error " + reference + " answering " + request.get(RequestDispatcher.ERROR_REQUEST_URI),
                    thrown instanceof Throwable t ? t : null);
        }
    }

    /** The key of the page's title in the messages. */
    public String getTitleKey() {
        return switch (status) {
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            default -> status >= 500 ? "error.failed" : "error.badRequest";
        };
    }

    public int getStatus() {
        return status;
    }

    /** Null but for a failure of the help desk. */
    public String getReference() {
        return reference;
    }
}
