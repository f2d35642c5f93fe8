-- Ticket search at scale on PostgreSQL: trigram indexes serve LIKE '%words%' on the searched columns.
-- (H2, for trying the product, searches without them.)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_ticket_subject_trgm ON ticket USING gin (lower(subject) gin_trgm_ops);
CREATE INDEX ix_ticket_message_trgm ON ticket USING gin (lower(message) gin_trgm_ops);
CREATE INDEX ix_customer_name_trgm ON customer USING gin (lower(name) gin_trgm_ops);
CREATE INDEX ix_customer_email_trgm ON customer USING gin (email gin_trgm_ops);
CREATE INDEX ix_organization_name_trgm ON organization USING gin (lower(name) gin_trgm_ops);
