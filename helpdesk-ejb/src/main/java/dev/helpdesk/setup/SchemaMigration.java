package dev.helpdesk.setup;

import dev.helpdesk.shared.infrastructure.ServerKey;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations before anything else of the application runs, and the
 * stored secrets under the server key.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                // common: portable SQL; the vendor's folder: what only that database has (PostgreSQL's indexes)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                // The batch job repository may have created its tables in the same database first.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now)");
        try (Connection connection = dataSource.getConnection()) {
            SecretsAtRest.secure(connection, ServerKey.box());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot seal the stored secrets", e);
        }
    }

    /** The migrations folder of the database in use: postgresql, h2, … */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replace(" ", "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the help desk database", e);
        }
    }
}
