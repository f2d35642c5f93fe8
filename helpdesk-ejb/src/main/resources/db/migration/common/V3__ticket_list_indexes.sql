-- Ticket lists filtered by situation within a department, newest first.
CREATE INDEX ix_ticket_department_situation ON ticket (department_id, situation, protocol);
