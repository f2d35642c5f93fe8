package dev.helpdesk.sla.application;

import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.sla.domain.RuleSelector;
import dev.helpdesk.sla.domain.SlaRule;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds the SLA rule that applies to a ticket as it is now. Internal: for the SLA's own services. */
@Stateless
@LocalBean
@PermitAll
public class SlaRules {

    @PersistenceContext
    private EntityManager em;

    /** The nearest rule of this kind for the ticket's requester, department, category and priority. */
    public Optional<SlaRule> nearest(Ticket ticket, SlaRuleKind kind) {
        List<SlaRule> candidates = em.createQuery("SELECT r FROM SlaRule r WHERE r.kind = :kind "
                        + "AND r.departmentId = :department", SlaRule.class)
                .setParameter("kind", kind)
                .setParameter("department", ticket.department().id())
                .getResultList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Customer customer = ticket.customer();
        return RuleSelector.nearest(candidates, SlaRule::scope, SlaRule::key, customer == null ? null : customer.id(),
                customer == null ? List.of() : customer.organizationChain(), ticket.department().id(),
                ticket.category().id(), ticket.priority());
    }
}
