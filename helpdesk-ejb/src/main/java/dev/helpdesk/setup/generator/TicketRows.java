package dev.helpdesk.setup.generator;

import dev.helpdesk.dashboard.domain.OpenTicketCount;
import dev.helpdesk.dashboard.domain.TicketFacts;
import dev.helpdesk.dashboard.domain.TicketFigures;
import dev.helpdesk.setup.generator.TicketPlan.Actor;
import dev.helpdesk.setup.generator.TicketPlan.Entry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes planned tickets as rows, in JDBC batches: the ticket, its replies and internal notes, its history, its
 * dashboard summary row, and when its department has SLA rules, its clocks with their running periods (a deadline
 * that pauses on the customer stops running while the ticket waits on them). The caller commits.
 */
public final class TicketRows implements AutoCloseable {

    /** The ids behind a plan's indexes. */
    public record Ids(long[] departments, long[][] categories, long[][] agents, long[] customers) {
    }

    /** An SLA rule of a department, as the clocks of its tickets copy it. */
    public record ClockRule(String kind, Long ruleId, long shiftId, boolean pauseOnReply, Duration target) {
    }

    /**
     * A clock's due time from its running periods (the last one's end null while it runs), its target and when it
     * stopped; null while paused. {@link #WALL_CLOCK} counts every hour; the help desk counts its shift's hours.
     */
    @FunctionalInterface
    public interface DueTime {
        Instant due(List<Instant[]> periods, Duration target, Instant stoppedAt);
    }

    /** Due times counted round the clock. */
    public static final DueTime WALL_CLOCK = (periods, target, stoppedAt) -> {
        Instant[] last = periods.get(periods.size() - 1);
        if (last[1] != null && stoppedAt == null) {
            return null;
        }
        Duration used = Duration.ZERO;
        for (Instant[] span : periods.subList(0, periods.size() - 1)) {
            used = used.plus(Duration.between(span[0], span[1]));
        }
        return last[0].plus(target.minus(used));
    };

    private final DueTime dueTime;
    private final Ids ids;
    private final Map<Integer, List<ClockRule>> rulesByDepartment;
    private final PreparedStatement ticket;
    private final PreparedStatement reply;
    private final PreparedStatement event;
    private final PreparedStatement clock;
    private final PreparedStatement period;
    private final PreparedStatement figures;
    private final ZoneId zone;
    private final Connection db;
    private final List<Object[]> periods = new ArrayList<>();

    /** {@code zone} is the account's time zone, in which the dashboard counts days. */
    public TicketRows(Connection db, Ids ids, Map<Integer, List<ClockRule>> rulesByDepartment, DueTime dueTime,
                      ZoneId zone) throws SQLException {
        this.dueTime = dueTime;
        this.zone = zone;
        this.ids = ids;
        this.rulesByDepartment = rulesByDepartment;
        ticket = db.prepareStatement("INSERT INTO ticket (protocol, public_id, type, channel, subject, message, "
                + "department_id, category_id, customer_id, assigned_agent_id, situation, priority, created_at, "
                + "updated_at, closed_at, waiting_since, auto_close_warned_at, scheduled_start, scheduled_agent_id, "
                + "version) VALUES (?, ?, 'E', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        reply = db.prepareStatement("INSERT INTO reply (ticket_protocol, author_agent_id, author_customer_id, body, "
                + "internal, created_at) VALUES (?, ?, ?, ?, ?, ?)");
        event = db.prepareStatement("INSERT INTO ticket_event (ticket_protocol, kind, actor_agent_id, "
                + "actor_customer_id, value_before, value_after, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        clock = db.prepareStatement("INSERT INTO sla_clock (ticket_protocol, kind, rule_id, shift_id, "
                + "pause_on_reply, target_seconds, stopped_at, due_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
        period = db.prepareStatement("INSERT INTO sla_clock_period (clock_id, started_at, ended_at) "
                + "SELECT id, ?, ? FROM sla_clock WHERE ticket_protocol = ? AND kind = ?");
        figures = db.prepareStatement("INSERT INTO dashboard_ticket (protocol, department_id, assigned_agent_id, "
                + "created_on, responded_on, first_response_minutes, finished_on, resolution_minutes, situation, "
                + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        this.db = db;
    }

    /**
     * Takes {@code count} ticket protocols from the application's sequence and returns the first; the sequence
     * goes on after the last.
     */
    public static long reserveProtocols(Connection db, long count) throws SQLException {
        String vendor = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement statement = db.createStatement()) {
            if (vendor.contains("postgres")) {
                long first = single(statement, "SELECT nextval('ticket_protocol_seq')");
                statement.execute("SELECT setval('ticket_protocol_seq', " + (first + count - 1) + ")");
                return first;
            }
            if (count <= 10_000) {
                // drawn one by one in the caller's transaction (an ALTER SEQUENCE would commit it on H2)
                return single(statement, "SELECT MIN(v) FROM (SELECT NEXT VALUE FOR ticket_protocol_seq AS v "
                        + "FROM SYSTEM_RANGE(1, " + count + ")) t");
            }
            long first = single(statement, "SELECT NEXT VALUE FOR ticket_protocol_seq");
            statement.execute("ALTER SEQUENCE ticket_protocol_seq RESTART WITH " + (first + count));
            return first;
        }
    }

    /** Adds the rows of one ticket to the batches. */
    public void add(long protocol, TicketPlan plan) throws SQLException {
        long customer = ids.customers()[plan.customer()];
        long[] agents = ids.agents()[plan.department()];
        long agent = agents[plan.agent() == null ? 0 : plan.agent()];
        ticket.setLong(1, protocol);
        ticket.setString(2, plan.publicId());
        ticket.setString(3, plan.channel());
        ticket.setString(4, plan.subject());
        ticket.setString(5, plan.message());
        ticket.setLong(6, ids.departments()[plan.department()]);
        ticket.setLong(7, ids.categories()[plan.department()][plan.category()]);
        ticket.setLong(8, customer);
        nullable(ticket, 9, plan.agent() == null ? null : agent);
        ticket.setInt(10, plan.situation().code());
        ticket.setInt(11, plan.priority());
        ticket.setTimestamp(12, ts(plan.opened()));
        ticket.setTimestamp(13, ts(plan.updated()));
        ticket.setTimestamp(14, ts(plan.closedAt()));
        ticket.setTimestamp(15, ts(plan.waitingSince()));
        ticket.setTimestamp(16, ts(plan.autoCloseWarnedAt()));
        ticket.setTimestamp(17, ts(plan.scheduledStart()));
        nullable(ticket, 18, plan.scheduledStart() == null ? null : agent);
        ticket.addBatch();

        for (Entry entry : plan.history()) {
            Long byAgent = entry.actor() == Actor.AGENT ? agent : null;
            Long byCustomer = entry.actor() == Actor.CUSTOMER ? customer : null;
            if (entry.body() != null) {
                reply.setLong(1, protocol);
                nullable(reply, 2, byAgent);
                nullable(reply, 3, byCustomer);
                reply.setString(4, entry.body());
                reply.setBoolean(5, entry.internal());
                reply.setTimestamp(6, ts(entry.at()));
                reply.addBatch();
            }
            event.setLong(1, protocol);
            event.setString(2, entry.event());
            nullable(event, 3, byAgent);
            nullable(event, 4, byCustomer);
            event.setString(5, entry.before());
            event.setString(6, entry.after());
            event.setTimestamp(7, ts(entry.at()));
            event.addBatch();
        }
        for (ClockRule rule : rulesByDepartment.getOrDefault(plan.department(), List.of())) {
            clock(protocol, plan, rule);
        }
        figures(protocol, plan, plan.agent() == null ? null : agent);
    }

    /** The dashboard's summary row, as the ticket events would have left it. */
    private void figures(long protocol, TicketPlan plan, Long agent) throws SQLException {
        TicketFigures row = TicketFigures.of(new TicketFacts(protocol, plan.situation(),
                ids.departments()[plan.department()], agent, null, plan.opened(), plan.firstAnswer(),
                plan.closedAt()), zone);
        figures.setLong(1, protocol);
        figures.setLong(2, ids.departments()[plan.department()]);
        nullable(figures, 3, agent);
        figures.setObject(4, row.createdOn());
        date(figures, 5, row.respondedOn());
        integer(figures, 6, row.firstResponseMinutes());
        date(figures, 7, row.finishedOn());
        integer(figures, 8, row.resolutionMinutes());
        figures.setInt(9, plan.situation().code());
        figures.addBatch();
    }

    private void clock(long protocol, TicketPlan plan, ClockRule rule) throws SQLException {
        boolean firstResponse = "FIRST_RESPONSE".equals(rule.kind());
        List<Instant[]> running = new ArrayList<>();
        Instant stopped;
        if (firstResponse) {
            stopped = plan.firstAnswer();
            running.add(new Instant[] {plan.opened(), stopped});
        } else {
            stopped = plan.closedAt();
            Instant start = plan.opened();
            for (Entry entry : plan.history()) {
                if (entry.after() == null) {
                    continue;
                }
                boolean closes = "FINISHED".equals(entry.after()) || "CANCELLED".equals(entry.after());
                boolean pauses = rule.pauseOnReply() && "ANSWERED_WAITING_FOR_CUSTOMER".equals(entry.after());
                if (closes || pauses) {
                    if (start != null) {
                        running.add(new Instant[] {start, entry.at()});
                        start = null;
                    }
                } else if (start == null) {
                    start = entry.at();
                }
            }
            if (start != null) {
                running.add(new Instant[] {start, null});
            }
        }
        Instant due = running.isEmpty() ? null : dueTime.due(running, rule.target(), stopped);
        clock.setLong(1, protocol);
        clock.setString(2, rule.kind());
        nullable(clock, 3, rule.ruleId());
        clock.setLong(4, rule.shiftId());
        clock.setBoolean(5, rule.pauseOnReply());
        clock.setLong(6, rule.target().toSeconds());
        clock.setTimestamp(7, ts(stopped));
        clock.setTimestamp(8, ts(due));
        clock.addBatch();
        for (Instant[] span : running) {
            periods.add(new Object[] {span[0], span[1], protocol, rule.kind()});
        }
    }

    /** Sends the batches; the periods go after their clocks, which they find by ticket and kind. */
    public void flush() throws SQLException {
        ticket.executeBatch();
        figures.executeBatch();
        reply.executeBatch();
        event.executeBatch();
        clock.executeBatch();
        for (Object[] row : periods) {
            period.setTimestamp(1, ts((Instant) row[0]));
            period.setTimestamp(2, ts((Instant) row[1]));
            period.setLong(3, (Long) row[2]);
            period.setString(4, (String) row[3]);
            period.addBatch();
        }
        period.executeBatch();
        periods.clear();
    }

    /**
     * Counts the open tickets for the dashboard's live widgets, once every ticket is written and flushed (the
     * statement the dashboard-figures job corrects them with; on tickets it has not counted yet, it counts them).
     */
    public void countOpenTickets() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(OpenTicketCount.CORRECTION_SQL);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : List.of(ticket, reply, event, clock, period, figures)) {
            statement.close();
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void nullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void date(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    private static void integer(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
