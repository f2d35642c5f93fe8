-- The audit log is searched by date range too: newest first within the range.
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at, seq);

-- The outbox page lists one state newest first.
CREATE INDEX ix_outbound_mail_state ON outbound_mail (state, id);

-- Account mails (C4): which administrators get each kind of mail about the account. A kind goes to every active
-- administrator or to those chosen; the people a mail concerns (a ticket's assignee and managers, the agent who
-- signed in, the previous and new owner) get theirs whatever is chosen. The rows start as the help desk mailed
-- before the setting existed: job failures to every administrator, nothing more for the others.
CREATE TABLE account_mail_recipients (
    kind                VARCHAR(32) PRIMARY KEY,
    all_administrators  BOOLEAN NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE,
    version             BIGINT NOT NULL
);
CREATE TABLE account_mail_recipient_agent (
    kind      VARCHAR(32) NOT NULL REFERENCES account_mail_recipients (kind),
    agent_id  BIGINT NOT NULL REFERENCES agent (id),
    PRIMARY KEY (kind, agent_id)
);
INSERT INTO account_mail_recipients (kind, all_administrators, version) VALUES ('SLA_ALERT', FALSE, 0);
INSERT INTO account_mail_recipients (kind, all_administrators, version) VALUES ('JOB_FAILED', TRUE, 0);
INSERT INTO account_mail_recipients (kind, all_administrators, version) VALUES ('SECURITY_NOTICE', FALSE, 0);
INSERT INTO account_mail_recipients (kind, all_administrators, version) VALUES ('OWNER_CHANGED', FALSE, 0);
