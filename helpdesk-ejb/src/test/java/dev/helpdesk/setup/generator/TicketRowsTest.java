package dev.helpdesk.setup.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.dashboard.domain.OpenTicketCount;
import dev.helpdesk.setup.generator.TicketPlan.Kind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generator's rows in an H2 database brought to the application's schema by its own migrations. */
class TicketRowsTest {

    private static final String URL = "jdbc:h2:mem:ticket-rows;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "DB_CLOSE_DELAY=-1";
    private static final Instant NOW = Instant.now();

    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").cleanDisabled(false)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        db = DriverManager.getConnection(URL, "sa", "");
        db.setAutoCommit(false);
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        db.close();
    }

    @Test
    void writesTicketsRepliesHistoryAndClocksInOneTransaction() throws SQLException {
        long department = insert("INSERT INTO department (name, active, created_at, version) VALUES ('D', TRUE, "
                + "CURRENT_TIMESTAMP, 0)");
        long category = insert("INSERT INTO category (department_id, name, active, version) VALUES (" + department
                + ", 'C', TRUE, 0)");
        long agent = insert("INSERT INTO agent (name, email, role, directory, language, active, created_at, version, "
                + "permission_group_id) VALUES ('A', 'a@x.example', 'AGENT', 'LDAP', 'PT_BR', TRUE, "
                + "CURRENT_TIMESTAMP, 0, (SELECT id FROM permission_group WHERE default_group = TRUE))");
        long customer = insert("INSERT INTO customer (name, email, directory, language, active, created_at, version) "
                + "VALUES ('C', 'c@x.example', 'LDAP', 'PT_BR', TRUE, CURRENT_TIMESTAMP, 0)");
        long shift = single("SELECT id FROM work_shift WHERE default_shift = TRUE");
        List<TicketPlan> plans = new TicketPlanner(new SampleText(1), new int[] {1}, new int[] {1}, 1)
                .demo(200, NOW);
        TicketRows.Ids ids = new TicketRows.Ids(new long[] {department}, new long[][] {{category}},
                new long[][] {{agent}}, new long[] {customer});
        Map<Integer, List<TicketRows.ClockRule>> rules = Map.of(0, List.of(
                new TicketRows.ClockRule("FIRST_RESPONSE", null, shift, false, Duration.ofHours(2)),
                new TicketRows.ClockRule("DEADLINE", null, shift, true, Duration.ofHours(16))));

        long first = TicketRows.reserveProtocols(db, plans.size());
        try (TicketRows rows = new TicketRows(db, ids, rules, TicketRows.WALL_CLOCK, ZoneId.of("America/Sao_Paulo"))) {
            for (int i = 0; i < plans.size(); i++) {
                rows.add(first + i, plans.get(i));
            }
            rows.flush();
            rows.countOpenTickets();
        }
        db.commit();

        assertEquals(200, single("SELECT COUNT(*) FROM ticket"));
        assertEquals(first + 200, single("SELECT NEXT VALUE FOR ticket_protocol_seq"), "the sequence goes on");
        long notStarted = plans.stream().filter(p -> p.kind() == Kind.NOT_STARTED || p.kind() == Kind.SCHEDULED)
                .count();
        assertEquals(notStarted, single("SELECT COUNT(*) FROM ticket WHERE situation = 1"));
        assertEquals(TicketPlanner.DEMO_MIX.get(Kind.WAITING_FOR_AGENT),
                (int) single("SELECT COUNT(*) FROM ticket WHERE situation = 0"));
        assertEquals(TicketPlanner.DEMO_MIX.get(Kind.SCHEDULED),
                (int) single("SELECT COUNT(*) FROM ticket WHERE scheduled_start > CURRENT_TIMESTAMP"));
        assertEquals(plans.stream().mapToLong(p -> p.history().size()).sum(),
                single("SELECT COUNT(*) FROM ticket_event"));
        assertEquals(plans.stream().flatMap(p -> p.history().stream()).filter(e -> e.body() != null).count(),
                single("SELECT COUNT(*) FROM reply"));
        assertTrue(single("SELECT COUNT(*) FROM reply WHERE internal") > 0);
        assertEquals(400, single("SELECT COUNT(*) FROM sla_clock"));
        assertTrue(count("SELECT COUNT(*) FROM sla_clock WHERE stopped_at IS NULL AND due_at < ?") > 10,
                "running clocks past due");
        assertEquals(TicketPlanner.DEMO_MIX.get(Kind.WAITING_FOR_CUSTOMER),
                (int) single("SELECT COUNT(*) FROM sla_clock WHERE kind = 'DEADLINE' AND due_at IS NULL"),
                "deadlines paused while waiting on the customer");
        assertEquals(0, single("SELECT COUNT(*) FROM sla_clock c WHERE NOT EXISTS "
                + "(SELECT 1 FROM sla_clock_period p WHERE p.clock_id = c.id)"));
        assertEquals(0, single("SELECT COUNT(*) FROM sla_clock c WHERE stopped_at IS NOT NULL AND EXISTS "
                + "(SELECT 1 FROM sla_clock_period p WHERE p.clock_id = c.id AND p.ended_at IS NULL)"));
        assertEquals(200, single("SELECT COUNT(*) FROM dashboard_ticket"), "a dashboard summary row per ticket");
        assertEquals(single("SELECT COUNT(*) FROM ticket WHERE closed_at IS NOT NULL"),
                single("SELECT COUNT(*) FROM dashboard_ticket WHERE finished_on IS NOT NULL"));
        assertEquals(plans.stream().filter(p -> p.firstAnswer() != null).count(),
                single("SELECT COUNT(*) FROM dashboard_ticket WHERE first_response_minutes IS NOT NULL"));
        assertEquals(200, single("SELECT COUNT(*) FROM dashboard_ticket d JOIN ticket t ON t.protocol = d.protocol "
                + "AND t.situation = d.situation"), "each summary row knows its ticket's situation");
        assertOpenTicketsCounted();
    }

    @Test
    void theOpenTicketCorrectionWritesOnlyWhatDrifted() throws SQLException {
        writesTicketsRepliesHistoryAndClocksInOneTransaction();
        try (Statement statement = db.createStatement()) {
            assertEquals(0, statement.executeUpdate(OpenTicketCount.CORRECTION_SQL), "nothing to correct");
            long department = single("SELECT MIN(department_id) FROM ticket");
            statement.executeUpdate("INSERT INTO dashboard_open_count (situation, department_id, tickets) VALUES "
                    + "(0, " + department + ", 3), (3, " + department + ", -1)");
            statement.executeUpdate("UPDATE ticket SET situation = 5 WHERE protocol = (SELECT MIN(protocol) "
                    + "FROM ticket WHERE situation = 1)");
            assertEquals(3, statement.executeUpdate(OpenTicketCount.CORRECTION_SQL),
                    "a row for each place that drifted");
        }
        assertOpenTicketsCounted();
    }

    /** The count rows add up, place by place, to the open tickets. */
    private void assertOpenTicketsCounted() throws SQLException {
        assertEquals(single("SELECT COUNT(*) FROM ticket WHERE situation NOT IN (4, 5)"),
                single("SELECT SUM(tickets) FROM dashboard_open_count"), "every open ticket counted once");
        for (int situation : new int[] {0, 1, 2, 3}) {
            assertEquals(single("SELECT COUNT(*) FROM ticket WHERE situation = " + situation),
                    single("SELECT COALESCE(SUM(tickets), 0) FROM dashboard_open_count WHERE situation = "
                            + situation), "situation " + situation);
        }
        assertEquals(single("SELECT COUNT(*) FROM ticket WHERE situation NOT IN (4, 5) "
                + "AND assigned_agent_id IS NULL"), single("SELECT COALESCE(SUM(tickets), 0) "
                + "FROM dashboard_open_count WHERE assigned_agent_id IS NULL"), "unassigned");
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(NOW));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long insert(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
