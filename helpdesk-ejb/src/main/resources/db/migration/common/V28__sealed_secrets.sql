-- Secrets sealed with the server key (AES-GCM, Base64): room for the nonce, the tag and the encoding. The key
-- itself stays outside the database; its fingerprint tells a node started with another key.

ALTER TABLE inbound_mailbox ALTER COLUMN password SET DATA TYPE VARCHAR(800);
ALTER TABLE agent_two_factor ALTER COLUMN secret SET DATA TYPE VARCHAR(200);
ALTER TABLE security_policy ALTER COLUMN sso_secret SET DATA TYPE VARCHAR(400);
ALTER TABLE webhook_endpoint ALTER COLUMN secret SET DATA TYPE VARCHAR(400);

CREATE TABLE server_key (
    id           INTEGER PRIMARY KEY,
    fingerprint  VARCHAR(64) NOT NULL
);
