-- Login throttling counts recent failures in the audit log, by login name and by client address; the devices
-- each agent signed in from, so a login from a new one can be mailed to them (D6).
CREATE INDEX ix_audit_entry_login_actor ON audit_entry (action, actor, occurred_at);
CREATE INDEX ix_audit_entry_login_address ON audit_entry (action, address, occurred_at);

CREATE TABLE agent_device (
    agent_id       BIGINT NOT NULL REFERENCES agent (id),
    device_hash    CHAR(64) NOT NULL,
    description    VARCHAR(300),
    first_address  VARCHAR(64),
    first_seen     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agent_id, device_hash)
);
