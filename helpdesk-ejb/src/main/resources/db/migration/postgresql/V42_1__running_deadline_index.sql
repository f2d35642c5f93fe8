-- The list sorted by deadline walks the running deadline clocks by due time and takes each one's ticket until a
-- page is full: a partial index of those clocks alone, in that order (PostgreSQL only; H2 has no partial indexes
-- and no tables of that size).
CREATE INDEX ix_sla_clock_running_deadline ON sla_clock (due_at, ticket_protocol)
    WHERE kind = 'DEADLINE' AND stopped_at IS NULL;
