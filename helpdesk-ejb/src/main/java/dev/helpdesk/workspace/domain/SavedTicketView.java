package dev.helpdesk.workspace.domain;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.PermissionGroup;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A ticket list an agent keeps under a name: the list's filter and order as the panel's address query. Its owner
 * sees it; an administrator's view shared with a permission group is offered to that group's agents too.
 */
@Entity
public class SavedTicketView {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_QUERY_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Agent owner;

    private String name;

    private String query;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "shared_group_id")
    private PermissionGroup sharedGroup;

    private Instant createdAt;

    @Version
    private long version;

    protected SavedTicketView() {
    }

    public SavedTicketView(Agent owner, String name, String query, Instant now) {
        this.owner = owner;
        this.createdAt = now;
        change(name, query);
    }

    public final void change(String newName, String newQuery) {
        name = Inputs.requiredText("name", newName, MAX_NAME_LENGTH);
        query = newQuery == null ? "" : newQuery.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("query", "validation.tooLong");
        }
    }

    /** Offers the view to a permission group's agents, or to nobody else with null. */
    public void shareWith(PermissionGroup group) {
        sharedGroup = group;
    }

    public boolean isOwnedBy(Agent agent) {
        return owner.id().equals(agent.id());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String query() {
        return query;
    }
}
