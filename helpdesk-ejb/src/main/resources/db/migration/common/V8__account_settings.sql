-- Account-wide settings: one row. The customer panel switch, its branding and footer links, the default language.

CREATE TABLE account_settings (
    id                      BIGINT PRIMARY KEY,
    customer_panel_enabled  BOOLEAN NOT NULL,
    brand_color             VARCHAR(7) NOT NULL,
    logo                    BYTEA,
    logo_content_type       VARCHAR(32),
    terms_url               VARCHAR(500),
    privacy_url             VARCHAR(500),
    default_language        VARCHAR(8) NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT NOT NULL,
    CONSTRAINT ck_account_settings_single CHECK (id = 1)
);

INSERT INTO account_settings (id, customer_panel_enabled, brand_color, default_language, updated_at, version)
VALUES (1, TRUE, '#1f6feb', 'PT_BR', CURRENT_TIMESTAMP, 0);
