-- The audit log is searched by date range too: newest first within the range.
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at, seq);

-- The outbox page lists one state newest first.
CREATE INDEX ix_outbound_mail_state ON outbound_mail (state, id);
