-- An agent's new sign-in e-mail waits here until the link mailed to it is followed: only the address's owner can
-- make it a login, and asking reveals nothing about whether it is already one. The link's token is kept as SHA-256.
CREATE TABLE email_change_request (
    agent_id    BIGINT PRIMARY KEY REFERENCES agent (id) ON DELETE CASCADE,
    new_email   VARCHAR(254) NOT NULL,
    token_hash  CHAR(64) NOT NULL UNIQUE,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
