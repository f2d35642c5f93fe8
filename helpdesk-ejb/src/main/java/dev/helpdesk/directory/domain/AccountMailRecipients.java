package dev.helpdesk.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which administrators get one kind of account mail (C4): every active administrator, or the ones chosen. One row
 * per kind, each with its own optimistic lock.
 */
@Entity
@Table(name = "account_mail_recipients")
public class AccountMailRecipients {

    @Id
    @Enumerated(EnumType.STRING)
    private AccountMail kind;

    private boolean allAdministrators;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_mail_recipient_agent", joinColumns = @JoinColumn(name = "kind"))
    @Column(name = "agent_id")
    private Set<Long> agentIds = new HashSet<>();

    private Instant updatedAt;

    @Version
    private long version;

    protected AccountMailRecipients() {
    }

    public AccountMailRecipients(AccountMail kind) {
        this.kind = kind;
        this.allAdministrators = kind.allAdministratorsAtFirst();
    }

    public AccountMail kind() {
        return kind;
    }

    public boolean allAdministrators() {
        return allAdministrators;
    }

    /** The administrators chosen, by id, in order; kept but unused while the kind goes to every administrator. */
    public Set<Long> agentIds() {
        return new TreeSet<>(agentIds);
    }

    /**
     * Sends the kind to every administrator, or to the ones given; the caller has checked that they are active
     * administrators.
     */
    public void sendTo(boolean everyAdministrator, Collection<Long> chosen, Instant now) {
        this.allAdministrators = everyAdministrator;
        this.agentIds.clear();
        this.agentIds.addAll(chosen);
        this.updatedAt = now;
    }

    /** Whether an administrator with this id gets the kind. */
    public boolean reaches(long agentId) {
        return allAdministrators || agentIds.contains(agentId);
    }

    @Override
    public String toString() {
        return kind + "=" + (allAdministrators ? "all" : agentIds().toString());
    }
}
