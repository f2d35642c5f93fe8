package dev.helpdesk.web.directory.panel;

import dev.helpdesk.directory.application.AccountOwnerService;
import dev.helpdesk.directory.application.AgentView;
import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.directory.application.OwnerView;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Management › Account settings, account owner (D9): who owns the account, and handing it to another active
 * administrator, which must be confirmed.
 */
@Named
@ViewScoped
public class OwnerAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "ownerForm";

    @EJB
    private AccountOwnerService owners;

    @EJB
    private DirectoryAdminService directoryAdmin;

    private OwnerView owner;
    private List<AgentView> candidates;
    private Long newOwnerId;
    private boolean confirmed;

    @PostConstruct
    void load() {
        owner = owners.owner().orElse(new OwnerView(null, "—", "—"));
        candidates = directoryAdmin.agents().stream()
                .filter(a -> a.active() && a.role() == AgentRole.ADMIN && !a.id().equals(owner.agentId()))
                .toList();
    }

    public void transfer() {
        if (!confirmed) {
            Messages.fieldError(FORM, new InvalidInputException("confirmOwner", "validation.owner.confirm"));
            return;
        }
        try {
            OwnerView next = owners.transferTo(newOwnerId);
            Messages.info("admin.ownerTransferred", next.name());
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, new InvalidInputException("newOwner", e.messageKey()));
            return;
        }
        newOwnerId = null;
        confirmed = false;
        load();
    }

    public OwnerView getOwner() {
        return owner;
    }

    public List<AgentView> getCandidates() {
        return candidates;
    }

    public Long getNewOwnerId() {
        return newOwnerId;
    }

    public void setNewOwnerId(Long newOwnerId) {
        this.newOwnerId = newOwnerId;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
