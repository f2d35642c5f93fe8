package dev.helpdesk.mail.application;

import dev.helpdesk.mail.domain.MailSender;

/**
 * Whom the mails about a ticket come from: its department's sender address and name, and the address of the mailbox
 * that feeds the department as Reply-To. The outbox asks, in the transaction that writes the mail, because the
 * answer is stored with the mail; the e-mail channel, which knows departments and their mailboxes, implements it.
 */
public interface TicketMailSender {

    /** The sender for the ticket's mails; {@link MailSender#ACCOUNT} when its department sets nothing. */
    MailSender of(long ticketProtocol);
}
