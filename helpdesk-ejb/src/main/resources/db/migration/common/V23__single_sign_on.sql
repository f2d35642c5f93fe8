-- Single sign-on (D7): the secret shared with the trusted system, which panels accept its keys, where customers
-- are sent to get one, and the keys already used (each works once; kept until it would have expired).
ALTER TABLE account_settings ADD COLUMN sso_secret VARCHAR(200);
ALTER TABLE account_settings ADD COLUMN sso_agents BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account_settings ADD COLUMN sso_customers BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account_settings ADD COLUMN sso_customer_login_url VARCHAR(500);

CREATE TABLE sso_used_key (
    key_hash    CHAR(64) PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sso_used_key_expiry ON sso_used_key (expires_at);
