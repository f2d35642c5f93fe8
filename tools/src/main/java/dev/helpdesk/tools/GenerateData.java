package dev.helpdesk.tools;

import dev.helpdesk.setup.generator.SampleText;
import dev.helpdesk.setup.generator.TicketPlanner;
import dev.helpdesk.setup.generator.TicketRows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Loads a help desk database with realistic volume for scale checks: departments with categories, agents,
 * organizations, customers, and N tickets (default 1,000,000) with replies and history. Brings the schema up to
 * date with the application's own migrations first, and leaves two API tokens for benchmarks:
 * {@value #AGENT_TOKEN} (an agent of the first department) and {@value #ADMIN_TOKEN} (an administrator).
 *
 * <pre>java dev.helpdesk.tools.GenerateData --url jdbc:postgresql://127.0.0.1:5432/helpdesk_bench
 *      --user postgres --password postgres --tickets 1000000 [--finished-share 0.85]</pre>
 * {@code --finished-share} is the share of the older 90 % of tickets that are finished (0 leaves every ticket open).
 */
public final class GenerateData {

    static final String AGENT_TOKEN = "hd_benchmark-agent";
    static final String ADMIN_TOKEN = "hd_benchmark-admin";
    private static final String[] DEPARTMENTS = {"Suporte N1", "Suporte N2", "Infraestrutura", "Financeiro",
        "Compras", "Recursos Humanos", "Jurídico", "Facilities"};
    private static final int CATEGORIES_PER_DEPARTMENT = 4;
    private static final int AGENTS_PER_DEPARTMENT = 5;
    private static final int BATCH = 5_000;
    /** The account's time zone, as the server reads it (HELPDESK_TIMEZONE): the dashboard's days. */
    private static final ZoneId ZONE = ZoneId.of(System.getenv().getOrDefault("HELPDESK_TIMEZONE",
            "America/Sao_Paulo"));

    private final Connection db;
    private final SampleText text;
    private final Instant now = Instant.now();
    private final double finishedShare;

    private GenerateData(Connection db, long seed, double finishedShare) {
        this.db = db;
        this.text = new SampleText(seed);
        this.finishedShare = finishedShare;
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url",
                "jdbc:postgresql://127.0.0.1:5432/helpdesk_bench?reWriteBatchedInserts=true");
        String user = options.getOrDefault("user", "postgres");
        String password = options.getOrDefault("password", "postgres");
        int tickets = Integer.parseInt(options.getOrDefault("tickets", "1000000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        double finishedShare = Double.parseDouble(options.getOrDefault("finished-share", "0.85"));

        migrate(url, user, password);
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            Instant start = Instant.now();
            new GenerateData(db, seed, finishedShare).generate(tickets);
            System.out.printf("Loaded %,d tickets in %s%n", tickets, Duration.between(start, Instant.now()));
        }
    }

    private static String migrate(String url, String user, String password) throws SQLException {
        String vendor;
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            vendor = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replace(" ", "");
        }
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
        return vendor;
    }

    private void generate(int tickets) throws SQLException {
        List<long[]> departments = departments();
        long admin = agent("Administrador Benchmark", "admin@bench.example", "ADMIN", null);
        List<List<Long>> agentsByDepartment = new ArrayList<>();
        for (int d = 0; d < departments.size(); d++) {
            List<Long> agents = new ArrayList<>();
            for (int a = 0; a < AGENTS_PER_DEPARTMENT; a++) {
                agents.add(agent(text.personName(), "agente" + d + "." + a + "@bench.example", "AGENT",
                        departments.get(d)[0]));
            }
            agentsByDepartment.add(agents);
        }
        token(ADMIN_TOKEN, admin);
        token(AGENT_TOKEN, agentsByDepartment.get(0).get(0));
        db.commit();

        List<Long> organizations = organizations(Math.max(10, tickets / 1_000));
        List<Long> customers = customers(Math.max(100, tickets / 20), organizations);
        tickets(tickets, departments, agentsByDepartment, customers);
        System.out.printf("Agent token %s (department %s), administrator token %s%n", AGENT_TOKEN,
                DEPARTMENTS[0], ADMIN_TOKEN);
    }

    /** Each department with its category ids: {departmentId, categoryId...}. Reused when they exist. */
    private List<long[]> departments() throws SQLException {
        List<long[]> result = new ArrayList<>();
        for (String name : DEPARTMENTS) {
            long department = idOf("SELECT id FROM department WHERE name = ?", name);
            if (department < 0) {
                department = insert("INSERT INTO department (name, active, created_at, version) "
                        + "VALUES (?, TRUE, ?, 0)", name, ts(now));
            }
            long[] ids = new long[CATEGORIES_PER_DEPARTMENT + 1];
            ids[0] = department;
            for (int c = 1; c <= CATEGORIES_PER_DEPARTMENT; c++) {
                String category = "Categoria " + c;
                long id = idOf("SELECT id FROM category WHERE department_id = " + department + " AND name = ?",
                        category);
                ids[c] = id >= 0 ? id : insert("INSERT INTO category (department_id, name, active, version) "
                        + "VALUES (?, ?, TRUE, 0)", department, category);
            }
            result.add(ids);
        }
        return result;
    }

    private long agent(String name, String email, String role, Long department) throws SQLException {
        long id = idOf("SELECT id FROM agent WHERE email = ?", email);
        if (id >= 0) {
            return id;
        }
        id = insert("INSERT INTO agent (name, email, role, directory, password_hash, language, active, created_at, "
                + "version, permission_group_id) VALUES (?, ?, ?, 'LDAP', NULL, 'PT_BR', TRUE, ?, 0, "
                + "(SELECT id FROM permission_group WHERE default_group = TRUE))", name, email, role, ts(now));
        if (department != null) {
            insert("INSERT INTO agent_department (agent_id, department_id) VALUES (?, ?)", id, department);
        }
        return id;
    }

    private void token(String secret, long agent) throws SQLException {
        String hash = sha256(secret);
        if (idOf("SELECT id FROM api_token WHERE token_hash = ?", hash) < 0) {
            insert("INSERT INTO api_token (token_hash, name, agent_id, created_at) VALUES (?, 'Benchmark', ?, ?)",
                    hash, agent, ts(now));
        }
    }

    private List<Long> organizations(int count) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO organization (name, active, created_at, "
                + "version) SELECT ?, TRUE, ?, 0 WHERE NOT EXISTS (SELECT 1 FROM organization WHERE name = ?)")) {
            for (int i = 1; i <= count; i++) {
                String name = text.organizationName(i);
                insert.setString(1, name);
                insert.setTimestamp(2, ts(now));
                insert.setString(3, name);
                insert.addBatch();
                flushEvery(insert, i);
            }
            insert.executeBatch();
        }
        db.commit();
        return ids("SELECT id FROM organization ORDER BY id");
    }

    private List<Long> customers(int count, List<Long> organizations) throws SQLException {
        long existing = idOf("SELECT COUNT(*) FROM customer WHERE email LIKE ?", "cliente.%@bench.example");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO customer (name, email, directory, "
                + "password_hash, language, active, created_at, version, organization_id) "
                + "VALUES (?, ?, 'LDAP', NULL, 'PT_BR', TRUE, ?, 0, ?)")) {
            for (long i = existing; i < count; i++) {
                insert.setString(1, text.personName());
                insert.setString(2, "cliente." + i + "@bench.example");
                insert.setTimestamp(3, ts(now));
                if (text.nextDouble() < 0.7) {
                    insert.setLong(4, organizations.get(text.nextInt(organizations.size())));
                } else {
                    insert.setNull(4, Types.BIGINT);
                }
                insert.addBatch();
                flushEvery(insert, i);
            }
            insert.executeBatch();
        }
        db.commit();
        return ids("SELECT id FROM customer WHERE email LIKE 'cliente.%@bench.example' ORDER BY id");
    }

    /**
     * Tickets spread over the last two years in protocol order, most of them finished, with replies and history,
     * planned and written by the same code as the demo's ({@link TicketPlanner}, {@link TicketRows}); the protocol
     * sequence moves past them first, so the application goes on from there.
     */
    private void tickets(int count, List<long[]> departments, List<List<Long>> agentsByDepartment,
                         List<Long> customers) throws SQLException {
        int[] categories = new int[departments.size()];
        int[] agents = new int[departments.size()];
        long[] departmentIds = new long[departments.size()];
        long[][] categoryIds = new long[departments.size()][];
        long[][] agentIds = new long[departments.size()][];
        for (int d = 0; d < departments.size(); d++) {
            departmentIds[d] = departments.get(d)[0];
            categoryIds[d] = Arrays.copyOfRange(departments.get(d), 1, departments.get(d).length);
            categories[d] = categoryIds[d].length;
            agentIds[d] = agentsByDepartment.get(d).stream().mapToLong(Long::longValue).toArray();
            agents[d] = agentIds[d].length;
        }
        TicketPlanner planner = new TicketPlanner(text, categories, agents, customers.size());
        TicketRows.Ids ids = new TicketRows.Ids(departmentIds, categoryIds, agentIds,
                customers.stream().mapToLong(Long::longValue).toArray());
        long first = TicketRows.reserveProtocols(db, count);
        db.commit();
        Duration span = Duration.ofDays(730);
        try (TicketRows rows = new TicketRows(db, ids, Map.of(), TicketRows.WALL_CLOCK, ZONE)) {
            for (int i = 0; i < count; i++) {
                Instant opened = now.minus(span).plusMillis(span.toMillis() * i / count);
                rows.add(first + i, planner.plan(planner.scaleKind(i, count, finishedShare), opened, now));
                if ((i + 1) % BATCH == 0) {
                    rows.flush();
                    db.commit();
                    if ((i + 1) % 100_000 == 0) {
                        System.out.printf("  %,d tickets%n", i + 1);
                    }
                }
            }
            rows.flush();
            rows.countOpenTickets();
        }
        db.commit();
    }



    private void flushEvery(PreparedStatement statement, long count) throws SQLException {
        if ((count + 1) % BATCH == 0) {
            statement.executeBatch();
            db.commit();
        }
    }

    private long idOf(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private long insert(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }


    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
