package dev.helpdesk.web.security.panel;

import dev.helpdesk.security.sso.application.SsoService;
import dev.helpdesk.security.sso.application.SsoSettings;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.infrastructure.PublicUrl;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Management › Account settings, single sign-on (D7): the shared secret (write-only: a blank field keeps the one
 * stored), which panels accept keys, and where customers who are not signed in are sent; with the addresses the
 * company's system sends people to.
 */
@Named
@ViewScoped
public class SsoAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "ssoForm";

    @EJB
    private SsoService sso;

    private boolean secretSet;
    private String secret;
    private boolean agents;
    private boolean customers;
    private String customerLoginUrl;

    @PostConstruct
    void load() {
        SsoSettings settings = sso.current();
        secretSet = settings.secretSet();
        agents = settings.agents();
        customers = settings.customers();
        customerLoginUrl = settings.customerLoginUrl();
        secret = null;
    }

    public void save() {
        try {
            sso.change(secret, agents, customers, customerLoginUrl);
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        }
        load();
        Messages.info("admin.ssoSaved");
    }

    /** Where the company's system sends an agent with a key. */
    public String getAgentAddress() {
        return PublicUrl.configured().at("/sso/agent") + "?jwt=…";
    }

    /** Where the company's system sends a customer with a key. */
    public String getCustomerAddress() {
        return PublicUrl.configured().at("/sso/customer") + "?jwt=…";
    }

    public boolean isSecretSet() {
        return secretSet;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public boolean isAgents() {
        return agents;
    }

    public void setAgents(boolean agents) {
        this.agents = agents;
    }

    public boolean isCustomers() {
        return customers;
    }

    public void setCustomers(boolean customers) {
        this.customers = customers;
    }

    public String getCustomerLoginUrl() {
        return customerLoginUrl;
    }

    public void setCustomerLoginUrl(String customerLoginUrl) {
        this.customerLoginUrl = customerLoginUrl;
    }
}
