package dev.helpdesk.web.webhook.panel;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.webhook.application.WebhookAdminService;
import dev.helpdesk.webhook.application.WebhookDeliveryView;
import dev.helpdesk.webhook.application.WebhookEndpointView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Management › Webhooks: register receivers, switch them on and off, read the delivery log and replay. */
@Named
@ViewScoped
public class WebhooksAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @EJB
    private WebhookAdminService webhooks;

    private List<WebhookEndpointView> endpoints;
    private List<WebhookDeliveryView> deliveries;
    private Long before;
    private String url;
    private String secret;

    @PostConstruct
    void load() {
        endpoints = webhooks.endpoints();
        deliveries = webhooks.deliveries(null, null, before, PAGE);
    }

    public void register() {
        try {
            webhooks.register(url, secret, true);
        } catch (InvalidInputException e) {
            Messages.fieldError("endpointForm", e);
            return;
        }
        Messages.info("webhooks.registered", url.strip());
        url = null;
        secret = null;
        load();
    }

    public void toggle(WebhookEndpointView endpoint) {
        webhooks.change(endpoint.id(), endpoint.url(), null, !endpoint.active());
        load();
    }

    public void replay(long deliveryId) {
        try {
            webhooks.replay(deliveryId);
        } catch (NotFoundException e) {
            Messages.error("webhooks.unknownDelivery");
            return;
        }
        Messages.info("webhooks.replayed", deliveryId);
        load();
    }

    /** The next page of the log, older deliveries. */
    public void older() {
        before = deliveries.get(deliveries.size() - 1).id();
        load();
    }

    public boolean isHasOlder() {
        return deliveries.size() == PAGE;
    }

    public List<WebhookEndpointView> getEndpoints() {
        return endpoints;
    }

    public List<WebhookDeliveryView> getDeliveries() {
        return deliveries;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
