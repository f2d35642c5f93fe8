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
        response.setContentLength(attachment.content().length);
        response.getOutputStream().write(attachment.content());
    }
}
