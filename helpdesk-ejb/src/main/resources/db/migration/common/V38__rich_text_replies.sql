-- Replies and notes written in the panels' editor keep their sanitized HTML beside the plain text (body), which
-- stays what searches, the API's body and mails' text part read. Null for plain-text messages.
ALTER TABLE reply ADD COLUMN body_html VARCHAR(200000);

-- The HTML part of a mail reporting a rich reply; null for text-only mails.
ALTER TABLE outbound_mail ADD COLUMN html_body VARCHAR(220000);
