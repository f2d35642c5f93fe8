-- Active Directory logins (D2): a directory user may also sign in with their account name (sAMAccountName).
ALTER TABLE agent ADD COLUMN directory_account VARCHAR(64);
ALTER TABLE customer ADD COLUMN directory_account VARCHAR(64);
CREATE UNIQUE INDEX agent_directory_account_idx ON agent (directory_account);
CREATE UNIQUE INDEX customer_directory_account_idx ON customer (directory_account);

-- What the server's Elytron realms read (server-config/src/main/cli/security.cli): one row per login name, the
-- e-mail for everyone and the account name too for directory users who have one.
DROP VIEW login_identity;
CREATE VIEW login_identity AS
    SELECT email AS login, email, password_hash, role, directory, active FROM agent
    UNION ALL
    SELECT directory_account, email, NULL, role, directory, active FROM agent WHERE directory_account IS NOT NULL
    UNION ALL
    SELECT email, email, password_hash, 'CUSTOMER', directory, active FROM customer
    UNION ALL
    SELECT directory_account, email, NULL, 'CUSTOMER', directory, active FROM customer
        WHERE directory_account IS NOT NULL;
