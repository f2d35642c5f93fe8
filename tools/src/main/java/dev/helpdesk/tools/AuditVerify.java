package dev.helpdesk.tools;

import dev.helpdesk.audit.domain.AuditChain;
import dev.helpdesk.audit.domain.AuditRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The audit verify command: reads the audit log straight from the database, entry by entry, and checks the hash
 * chain and its head. Prints the outcome; exits 0 when intact, 1 when an entry was changed or removed (naming the
 * first at fault), 2 on a usage or connection error.
 *
 * <pre>
 * AuditVerify --url JDBC-URL [--user USER] [--password PASSWORD]
 * </pre>
 */
public final class AuditVerify {

    private AuditVerify() {
    }

    public static void main(String[] args) {
        String url = option(args, "--url", null);
        if (url == null) {
            System.err.println("usage: AuditVerify --url JDBC-URL [--user USER] [--password PASSWORD]");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(url, option(args, "--user", "postgres"),
                option(args, "--password", System.getenv().getOrDefault("PGPASSWORD", "postgres")))) {
            connection.setAutoCommit(false);
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            try (PreparedStatement entries = connection.prepareStatement("SELECT seq, occurred_at, actor, address, "
                    + "action, object_type, object_id, before_value, after_value, prev_hash, hash FROM audit_entry "
                    + "ORDER BY seq")) {
                entries.setFetchSize(1000);
                try (ResultSet rows = entries.executeQuery()) {
                    while (rows.next()) {
                        verifier.next(new AuditRecord(rows.getLong(1),
                                rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11)));
                    }
                }
            }
            try (ResultSet head = connection.createStatement().executeQuery(
                    "SELECT last_seq, last_hash FROM audit_head WHERE id = 1")) {
                head.next();
                verifier.end(head.getLong(1), head.getString(2));
            }
            if (verifier.firstBroken().isPresent()) {
                System.out.println("audit log BROKEN at entry " + verifier.firstBroken().get() + " (entries from "
                        + "there on cannot be trusted)");
                System.exit(1);
            }
            System.out.println("audit log intact: " + verifier.checked() + " entries");
        } catch (SQLException e) {
            System.err.println("cannot read the audit log: " + e.getMessage());
            System.exit(2);
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
