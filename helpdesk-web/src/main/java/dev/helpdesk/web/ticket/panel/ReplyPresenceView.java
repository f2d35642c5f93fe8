package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.workspace.application.ReplyPresenceService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The ticket page's "someone else is replying": the agent's own typing told, the others' shown. */
@Named
@ViewScoped
public class ReplyPresenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReplyPresenceService presence;

    @Inject
    private TicketView ticket;

    private List<String> others;

    public void typing() {
        if (ticket.getProtocol() != null) {
            presence.typing(ticket.getProtocol());
        }
    }

    public void stopped() {
        if (ticket.getProtocol() != null) {
            presence.stopped(ticket.getProtocol());
        }
    }

    /** Read again when someone starts or stops writing somewhere. */
    public void refresh() {
        others = null;
    }

    public List<String> getOthers() {
        if (others == null) {
            try {
                others = ticket.getProtocol() == null ? List.of() : presence.othersReplying(ticket.getProtocol());
            } catch (NotFoundException e) {
                others = List.of();
            }
        }
        return others;
    }

    /** "Ana is replying", "Ana, Beto are replying". */
    public String getOthersText() {
        List<String> names = getOthers();
        return names.isEmpty() ? "" : Messages.text("presence.replying", names.size(), String.join(", ", names));
    }
}
