package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.ticket.domain.AttachmentType;
import dev.helpdesk.web.common.ContentDisposition;
import dev.helpdesk.workspace.application.AttachmentContent;
import dev.helpdesk.workspace.application.TicketQuery;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Downloads of ticket attachments from the panels: {@code /attachments/<id>}, scoped like the ticket itself. Only
 * the types {@link AttachmentType} lets a browser show are shown in the page; everything else is saved, sent as
 * {@value AttachmentType#DOWNLOAD} whatever its uploader declared.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PDF_POLICY = "default-src 'none'; object-src 'self'; "
            + "style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; "
            + "form-action 'none'";

    @EJB
    private TicketQuery ticketQuery;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentContent attachment;
        try {
            attachment = ticketQuery.attachment(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentType.Served served = AttachmentType.served(attachment.contentType());
        response.setContentType(served.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", ContentDisposition.of(served.inline(), attachment.fileName()));
        if (served.contentType().equals("application/pdf")) {
            // Chromium's PDF viewer is a plugin, which the panels' object-src 'none' would block; a PDF answer runs
            // no script of ours and loads nothing else, so it gets a policy of its own that only lets the viewer in
            response.setHeader("Content-Security-Policy", PDF_POLICY);
        }
        response.setContentLength(attachment.content().length);
        response.getOutputStream().write(attachment.content());
    }
}
