package dev.helpdesk.inbound.application;

import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.mail.application.TicketMailSender;
import dev.helpdesk.mail.domain.MailSender;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whom a ticket's mails come from: the sender address and name its department sets (else the account's), with the
 * address of the department's active mailbox (the first one, when it has several) as Reply-To, so that answers
 * come back to the mailbox the help desk reads. Asked by the outbox, in the transaction that writes the mail.
 */
@Stateless
@Local(TicketMailSender.class)
@PermitAll
public class DepartmentMailSender implements TicketMailSender {

    @PersistenceContext
    private EntityManager em;

    @Override
    public MailSender of(long ticketProtocol) {
        Ticket ticket = em.find(Ticket.class, ticketProtocol);
        if (ticket == null) {
            return MailSender.ACCOUNT;
        }
        Department department = ticket.department();
        String mailbox = em.createQuery("SELECT m.address FROM InboundMailbox m WHERE m.department = :department "
                        + "AND m.active = TRUE ORDER BY m.id", String.class)
                .setParameter("department", department).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        return new MailSender(department.senderAddress(), department.senderName(), mailbox);
    }
}
