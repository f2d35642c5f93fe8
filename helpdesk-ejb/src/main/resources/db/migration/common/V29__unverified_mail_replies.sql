-- What becomes of a mail that names a ticket it cannot be trusted to belong to (a bare "[#1234]" anyone can write,
-- or a sender the receiving server failed): a new ticket by default, or quarantine, by the account's choice.

ALTER TABLE mail_policy ADD COLUMN quarantine_unverified_replies BOOLEAN DEFAULT FALSE NOT NULL;
