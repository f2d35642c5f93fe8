-- Whom a department's mails come from (its own sender address and name; none keeps the account's), and what each
-- mail in the outbox was written with: its kind (the loop-prevention headers differ for an automatic answer to a
-- mail) and the sender and Reply-To it is sent with.

ALTER TABLE department ADD COLUMN sender_address VARCHAR(254);
ALTER TABLE department ADD COLUMN sender_name VARCHAR(120);

ALTER TABLE outbound_mail ADD COLUMN kind VARCHAR(16) DEFAULT 'NOTIFICATION' NOT NULL;
ALTER TABLE outbound_mail ADD COLUMN from_address VARCHAR(254);
ALTER TABLE outbound_mail ADD COLUMN from_name VARCHAR(120);
ALTER TABLE outbound_mail ADD COLUMN reply_to VARCHAR(320);
ALTER TABLE outbound_mail ADD CONSTRAINT ck_outbound_mail_kind CHECK (kind IN ('NOTIFICATION', 'AUTO_REPLY'));
