-- Each area owns its settings (one row each, optimistic locking of its own), moved out of the account_settings row
-- that every area used to open; every value is kept. account_settings keeps branding and the customer panel.

CREATE TABLE security_policy (
    id                      BIGINT PRIMARY KEY,
    require_two_factor      BOOLEAN NOT NULL,
    agent_ip_allow          VARCHAR(4000),
    customer_ip_allow       VARCHAR(4000),
    trusted_proxies         VARCHAR(4000),
    sso_secret              VARCHAR(200),
    sso_agents              BOOLEAN NOT NULL,
    sso_customers           BOOLEAN NOT NULL,
    sso_customer_login_url  VARCHAR(500),
    agents_change_email     BOOLEAN NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT NOT NULL,
    CONSTRAINT ck_security_policy_single CHECK (id = 1)
);
INSERT INTO security_policy (id, require_two_factor, agent_ip_allow, customer_ip_allow, trusted_proxies, sso_secret,
                             sso_agents, sso_customers, sso_customer_login_url, agents_change_email, updated_at,
                             version)
SELECT 1, require_two_factor, agent_ip_allow, customer_ip_allow, trusted_proxies, sso_secret, sso_agents,
       sso_customers, sso_customer_login_url, agents_change_email, updated_at, 0
FROM account_settings WHERE id = 1;

CREATE TABLE password_policy (
    id                      BIGINT PRIMARY KEY,
    min_password_strength   VARCHAR(16) NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT NOT NULL,
    CONSTRAINT ck_password_policy_single CHECK (id = 1)
);
INSERT INTO password_policy (id, min_password_strength, updated_at, version)
SELECT 1, min_password_strength, updated_at, 0 FROM account_settings WHERE id = 1;

CREATE TABLE account_owner (
    id                      BIGINT PRIMARY KEY,
    owner_agent_id          BIGINT REFERENCES agent (id),
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT NOT NULL,
    CONSTRAINT ck_account_owner_single CHECK (id = 1)
);
INSERT INTO account_owner (id, owner_agent_id, updated_at, version)
SELECT 1, owner_agent_id, updated_at, 0 FROM account_settings WHERE id = 1;

CREATE TABLE automation_policy (
    id                      BIGINT PRIMARY KEY,
    auto_close_enabled      BOOLEAN NOT NULL,
    auto_close_warn_days    INTEGER NOT NULL,
    auto_close_close_days   INTEGER NOT NULL,
    schedule_notice_minutes INTEGER NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT NOT NULL,
    CONSTRAINT ck_automation_policy_single CHECK (id = 1)
);
INSERT INTO automation_policy (id, auto_close_enabled, auto_close_warn_days, auto_close_close_days,
                               schedule_notice_minutes, updated_at, version)
SELECT 1, auto_close_enabled, auto_close_warn_days, auto_close_close_days, schedule_notice_minutes, updated_at, 0
FROM account_settings WHERE id = 1;

CREATE TABLE mail_policy (
    id                      BIGINT PRIMARY KEY,
    customer_mail_policy    VARCHAR(16) NOT NULL,
    register_mail_senders   BOOLEAN NOT NULL,
    confirm_mail_tickets    BOOLEAN NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT NOT NULL,
    CONSTRAINT ck_mail_policy_single CHECK (id = 1)
);
INSERT INTO mail_policy (id, customer_mail_policy, register_mail_senders, confirm_mail_tickets, updated_at, version)
SELECT 1, customer_mail_policy, register_mail_senders, confirm_mail_tickets, updated_at, 0
FROM account_settings WHERE id = 1;

ALTER TABLE account_settings DROP COLUMN require_two_factor;
ALTER TABLE account_settings DROP COLUMN agent_ip_allow;
ALTER TABLE account_settings DROP COLUMN customer_ip_allow;
ALTER TABLE account_settings DROP COLUMN trusted_proxies;
ALTER TABLE account_settings DROP COLUMN sso_secret;
ALTER TABLE account_settings DROP COLUMN sso_agents;
ALTER TABLE account_settings DROP COLUMN sso_customers;
ALTER TABLE account_settings DROP COLUMN sso_customer_login_url;
ALTER TABLE account_settings DROP COLUMN agents_change_email;
ALTER TABLE account_settings DROP COLUMN min_password_strength;
ALTER TABLE account_settings DROP COLUMN owner_agent_id;
ALTER TABLE account_settings DROP COLUMN auto_close_enabled;
ALTER TABLE account_settings DROP COLUMN auto_close_warn_days;
ALTER TABLE account_settings DROP COLUMN auto_close_close_days;
ALTER TABLE account_settings DROP COLUMN schedule_notice_minutes;
ALTER TABLE account_settings DROP COLUMN customer_mail_policy;
ALTER TABLE account_settings DROP COLUMN register_mail_senders;
ALTER TABLE account_settings DROP COLUMN confirm_mail_tickets;
