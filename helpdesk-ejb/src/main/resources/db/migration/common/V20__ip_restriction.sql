-- IP restriction (D3): the addresses agents and customers may come from (empty: anywhere), and the reverse
-- proxies whose X-Forwarded-For header names the client.
ALTER TABLE account_settings ADD COLUMN agent_ip_allow VARCHAR(4000);
ALTER TABLE account_settings ADD COLUMN customer_ip_allow VARCHAR(4000);
ALTER TABLE account_settings ADD COLUMN trusted_proxies VARCHAR(4000);
