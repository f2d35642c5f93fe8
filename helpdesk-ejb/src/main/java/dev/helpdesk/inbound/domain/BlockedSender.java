package dev.helpdesk.inbound.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An entry of the sender blocklist: an address or a whole domain (with its subdomains) whose mail is kept out
 * before it becomes a ticket or a customer (see {@link BlockedSenders} for how entries match).
 */
@Entity
public class BlockedSender {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Lower case; an address, or a domain without its @. Unique. */
    private String entry;

    private String createdBy;

    private Instant createdAt;

    @Version
    private long version;

    protected BlockedSender() {
    }

    /** An entry as an administrator typed it ({@code ana@example.com}, {@code example.com}, {@code @example.com}). */
    public BlockedSender(String typed, String createdBy, Instant now) {
        this.entry = BlockedSenders.normalize("entry", typed);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean blocks(String address) {
        return BlockedSenders.blocks(entry, address);
    }

    public boolean isDomain() {
        return BlockedSenders.isDomain(entry);
    }

    public Long id() {
        return id;
    }

    public String entry() {
        return entry;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
