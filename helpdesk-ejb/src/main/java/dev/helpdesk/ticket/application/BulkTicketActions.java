package dev.helpdesk.ticket.application;

import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The same change to several tickets, each in a transaction of its own through {@link TicketService}: every
 * ticket is checked, changed, notified and written in its history as if changed alone, and one that cannot be
 * changed (not handled by the caller, a closing form it lacks, a conflict) leaves the others changed and says why.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkTicketActions {

    public static final int MAX_TICKETS = 100;
    private static final Logger LOG = Logger.getLogger(BulkTicketActions.class.getName());

    @EJB
    private TicketService tickets;

    /** Applies {@code action} to each ticket, in the order given, at most {@link #MAX_TICKETS}. */
    public List<BulkResult> apply(List<Long> protocols, BulkAction action) {
        BulkAction checked = (action == null ? new BulkAction(null, null, null, null, null, null) : action).checked();
        if (protocols == null || protocols.isEmpty()) {
            throw new InvalidInputException("protocols", "validation.required");
        }
        if (protocols.size() > MAX_TICKETS) {
            throw InvalidInputException.withArguments("protocols", "validation.bulk.tooMany", MAX_TICKETS);
        }
        List<BulkResult> results = new ArrayList<>();
        for (Long protocol : new LinkedHashSet<>(protocols)) {
            results.add(applyTo(protocol, checked));
        }
        return results;
    }

    private BulkResult applyTo(long protocol, BulkAction action) {
        try {
            switch (action.kind()) {
                case ASSIGN -> tickets.assign(protocol, action.agentId());
                case STATUS -> tickets.changeStatus(protocol, action.statusId());
                case PRIORITY -> tickets.changePriority(protocol, action.priority());
                case TRANSFER -> tickets.transfer(protocol, action.departmentId(), action.categoryId());
                case FINISH -> tickets.finish(protocol, Map.of());
            }
            return BulkResult.done(protocol);
        } catch (InvalidInputException e) {
            return BulkResult.refused(protocol, e.field(), e.messageKey());
        } catch (NotFoundException e) {
            return BulkResult.refused(protocol, "protocol", "validation.bulk.notFound");
        } catch (AccessDeniedException e) {
            return BulkResult.refused(protocol, "protocol", "validation.bulk.notHandled");
        } catch (EJBException e) {
            // an optimistic-lock conflict with someone changing the ticket at the same moment, or a failure of its own
            LOG.log(Level.INFO, e, () -> "Bulk change of ticket " + protocol + " failed");
            return BulkResult.refused(protocol, "protocol", "validation.bulk.failed");
        }
    }
}
