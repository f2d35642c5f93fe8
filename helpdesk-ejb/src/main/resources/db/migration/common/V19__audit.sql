-- The audit log: every sensitive operation, who did it, when, from where, before and after. Entries are numbered
-- without gaps and each carries the SHA-256 of its content and of the entry before it, so a changed or removed
-- entry breaks the chain; the head row holds the last number and hash and serializes writers.

CREATE TABLE audit_entry (
    seq           BIGINT PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(320) NOT NULL,
    address       VARCHAR(64),
    action        VARCHAR(48) NOT NULL,
    object_type   VARCHAR(32),
    object_id     VARCHAR(64),
    before_value  VARCHAR(4000),
    after_value   VARCHAR(4000),
    prev_hash     CHAR(64) NOT NULL,
    hash          CHAR(64) NOT NULL
);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, seq);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, seq);
CREATE INDEX ix_audit_entry_object ON audit_entry (object_type, object_id, seq);

CREATE TABLE audit_head (
    id         BIGINT PRIMARY KEY,
    last_seq   BIGINT NOT NULL,
    last_hash  CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
