package dev.helpdesk.webhook.application;

import dev.helpdesk.directory.domain.event.CustomerChanged;
import dev.helpdesk.directory.domain.event.CustomerDeleted;
import dev.helpdesk.directory.domain.event.CustomerRegistered;
import dev.helpdesk.webhook.domain.WebhookEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;

/** Reports customers registered, changed and deleted to the webhook receivers. */
@Stateless
@LocalBean
@PermitAll
public class CustomerWebhooks {

    @EJB
    private Webhooks webhooks;

    public void registered(@Observes CustomerRegistered registered) {
        webhooks.customer(registered.customer().id(), WebhookEvent.Action.CREATED);
    }

    public void changed(@Observes CustomerChanged changed) {
        webhooks.customer(changed.customer().id(), WebhookEvent.Action.UPDATED);
    }

    public void deleted(@Observes CustomerDeleted deleted) {
        webhooks.customer(deleted.customerId(), WebhookEvent.Action.DELETED);
    }
}
