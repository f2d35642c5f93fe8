package dev.helpdesk.sla.application;

import dev.helpdesk.sla.domain.SlaRule;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.ticket.application.NewTicketPriority;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.Optional;

/** The prioritization rules (priorização): the priority they give a new ticket, before its clocks start. */
@Stateless
@Local(NewTicketPriority.class)
@PermitAll
public class SlaPrioritization implements NewTicketPriority {

    @EJB
    private SlaRules rules;

    @Override
    public Optional<Priority> of(Ticket ticket) {
        return rules.nearest(ticket, SlaRuleKind.PRIORITIZATION).map(SlaRule::setsPriority);
    }
}
