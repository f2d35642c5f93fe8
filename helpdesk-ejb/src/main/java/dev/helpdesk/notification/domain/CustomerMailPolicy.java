package dev.helpdesk.notification.domain;

/**
 * TomTicket's "Notificação de email para o cliente": the customer chooses when opening a ticket (the default), or
 * always gets the e-mails, or never; in the last two the choice is not offered.
 */
public enum CustomerMailPolicy {
    ALLOW_CHOICE, ALWAYS, NEVER;

    public boolean sends(boolean customerChose) {
        return this == ALWAYS || (this == ALLOW_CHOICE && customerChose);
    }
}
