-- Password strength (D5): the weakest level the account accepts when a password is set; the default keeps every
-- password of the minimum length.
ALTER TABLE account_settings ADD COLUMN min_password_strength VARCHAR(16) DEFAULT 'VERY_WEAK' NOT NULL;
