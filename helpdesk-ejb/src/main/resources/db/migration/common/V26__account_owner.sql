-- Account owner (D9): the administrator who owns the help desk account; transferable, never demoted or deactivated
-- while owner. And whether agents may change their own login e-mail (A3b; on by default, as in TomTicket).
ALTER TABLE account_settings ADD COLUMN owner_agent_id BIGINT REFERENCES agent (id);
ALTER TABLE account_settings ADD COLUMN agents_change_email BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE account_settings SET owner_agent_id = (SELECT MIN(id) FROM agent WHERE role = 'ADMIN');
