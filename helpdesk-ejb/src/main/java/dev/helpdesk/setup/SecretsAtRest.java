package dev.helpdesk.setup;

import dev.helpdesk.shared.domain.SecretBox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * At each start, after the schema is up to date: refuses a server key other than the one the stored secrets were
 * sealed with, and seals the secrets still stored plain (those written before sealing existed).
 */
final class SecretsAtRest {

    private static final Logger LOG = Logger.getLogger(SecretsAtRest.class.getName());

    /** Table, key column, secret column. */
    private static final List<String[]> SECRETS = List.of(
            new String[] {"inbound_mailbox", "id", "password"},
            new String[] {"agent_two_factor", "agent_id", "secret"},
            new String[] {"security_policy", "id", "sso_secret"},
            new String[] {"webhook_endpoint", "id", "secret"});

    private SecretsAtRest() {
    }

    static void secure(Connection connection, SecretBox box) throws SQLException {
        requireSameKey(connection, box);
        int sealed = 0;
        for (String[] secret : SECRETS) {
            sealed += sealPlain(connection, box, secret[0], secret[1], secret[2]);
        }
        if (sealed > 0) {
            int count = sealed;
            LOG.info(() -> count + " stored secrets were sealed with the server key");
        }
    }

    private static void requireSameKey(Connection connection, SecretBox box) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT fingerprint FROM server_key WHERE id = 1");
             ResultSet row = select.executeQuery()) {
            if (row.next()) {
                if (!row.getString(1).equals(box.fingerprint())) {
                    throw new IllegalStateException("The stored secrets were sealed with another server key: start "
                            + "this node with the key the others use (HELPDESK_SECRET_KEY, or secret.key of the data "
                            + "directory it was made in)");
                }
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO server_key (id, fingerprint) VALUES (1, ?)")) {
            insert.setString(1, box.fingerprint());
            insert.executeUpdate();
        }
    }

    private static int sealPlain(Connection connection, SecretBox box, String table, String id, String column)
            throws SQLException {
        Map<Long, String> plain = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + id + ", " + column + " FROM " + table
                + " WHERE " + column + " IS NOT NULL AND " + column + " NOT LIKE 'enc:v1:%'");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                plain.put(rows.getLong(1), rows.getString(2));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + column + " = ? WHERE " + id + " = ?")) {
            for (Map.Entry<Long, String> row : plain.entrySet()) {
                update.setString(1, box.seal(row.getValue()));
                update.setLong(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        return plain.size();
    }
}
