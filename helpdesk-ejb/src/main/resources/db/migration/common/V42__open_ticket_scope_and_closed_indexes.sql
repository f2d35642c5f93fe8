-- The SLA widgets count open tickets in the viewer's scope that have a running clock near or past its due time:
-- with the protocol in the index of open tickets and their scope columns, PostgreSQL reads those tickets from the
-- index alone and joins them to the clocks by protocol, without visiting the ticket rows.
DROP INDEX ix_ticket_open_scope;
CREATE INDEX ix_ticket_open_scope ON ticket (situation, department_id, assigned_agent_id, requester_agent_id,
    protocol);

-- The list filtered by the days tickets were finished or cancelled (the dashboard's finished bars open it).
CREATE INDEX ix_ticket_closed_protocol ON ticket (closed_at, protocol);
