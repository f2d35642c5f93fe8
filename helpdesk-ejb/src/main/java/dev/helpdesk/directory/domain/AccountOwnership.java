package dev.helpdesk.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Who owns the account (D9): an active administrator, set at installation, transferable; one row. */
@Entity
@Table(name = "account_owner")
public class AccountOwnership {

    public static final long ID = 1L;

    @Id
    private Long id;

    private Long ownerAgentId;

    private Instant updatedAt;

    @Version
    private long version;

    protected AccountOwnership() {
    }

    public Long ownerAgentId() {
        return ownerAgentId;
    }

    /** Makes the agent the owner; the caller has checked that the agent is an active administrator. */
    public void transferTo(long agentId, Instant now) {
        this.ownerAgentId = agentId;
        this.updatedAt = now;
    }
}
