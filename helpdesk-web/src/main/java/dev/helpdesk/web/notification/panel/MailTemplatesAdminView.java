package dev.helpdesk.web.notification.panel;

import dev.helpdesk.notification.application.MailPolicyService;
import dev.helpdesk.notification.application.MailTemplateAdminService;
import dev.helpdesk.notification.application.TemplateView;
import dev.helpdesk.notification.domain.CustomerMailPolicy;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Management › E-mail templates: the notifications' texts in every language, edited one at a time or put back to
 * the built-in text, and whether customers get e-mails about their tickets.
 */
@Named
@ViewScoped
public class MailTemplatesAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "templateForm";

    @EJB
    private MailTemplateAdminService templates;

    @EJB
    private MailPolicyService mailPolicy;

    private List<TemplateView> all;
    private TemplateView selected;
    private String subject;
    private String body;
    private CustomerMailPolicy policy;

    @PostConstruct
    void load() {
        all = templates.all();
        policy = mailPolicy.customerMailPolicy();
    }

    public void edit(TemplateView template) {
        selected = template;
        subject = template.subject();
        body = template.body();
    }

    public void save() {
        try {
            selected = templates.change(selected.kind(), selected.language(), subject, body);
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        }
        Messages.info("admin.saved");
        load();
    }

    public void restore() {
        selected = templates.restore(selected.kind(), selected.language());
        subject = selected.subject();
        body = selected.body();
        Messages.info("templates.restored");
        load();
    }

    public void savePolicy() {
        mailPolicy.chooseCustomerMailPolicy(policy);
        Messages.info("admin.saved");
    }

    public CustomerMailPolicy[] getPolicies() {
        return CustomerMailPolicy.values();
    }

    public List<TemplateView> getAll() {
        return all;
    }

    public TemplateView getSelected() {
        return selected;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public CustomerMailPolicy getPolicy() {
        return policy;
    }

    public void setPolicy(CustomerMailPolicy policy) {
        this.policy = policy;
    }
}
