package dev.helpdesk.webhook.application;

import dev.helpdesk.ticket.domain.event.TicketChanged;
import dev.helpdesk.ticket.domain.event.TicketDeleted;
import dev.helpdesk.ticket.domain.event.TicketOpened;
import dev.helpdesk.webhook.domain.WebhookEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;

/** Reports every ticket change to the webhook receivers: a new ticket as created, a deleted one as deleted. */
@Stateless
@LocalBean
@PermitAll
public class TicketWebhooks {

    @EJB
    private Webhooks webhooks;

    public void changed(@Observes TicketChanged change) {
        webhooks.ticket(change.ticket().publicId(), change instanceof TicketOpened
                ? WebhookEvent.Action.CREATED : WebhookEvent.Action.UPDATED);
    }

    public void deleted(@Observes TicketDeleted deleted) {
        webhooks.ticket(deleted.publicId(), WebhookEvent.Action.DELETED);
    }
}
