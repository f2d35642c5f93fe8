package dev.helpdesk.web.security.panel;

import dev.helpdesk.security.login.application.PasswordLinks;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The "send password link" button of the agents' and customers' lists (administrators): the person gets an
 * invitation, or a reset link, and chooses the password; the administrator never sees it.
 */
@Named
@RequestScoped
public class PasswordLinkSender {

    @EJB
    private PasswordLinks passwordLinks;

    public void toAgent(long agentId) {
        try {
            told(passwordLinks.sendToAgent(agentId));
        } catch (InvalidInputException e) {
            Messages.error(e.messageKey());
        }
    }

    public void toCustomer(long customerId) {
        try {
            told(passwordLinks.sendToCustomer(customerId));
        } catch (InvalidInputException e) {
            Messages.error(e.messageKey());
        }
    }

    private static void told(PasswordLinks.SentLink link) {
        Messages.info("passwordLink.sent." + link.purpose(), link.email());
    }
}
