package org.retailerdesk.store.derby.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.StoreException;

/** Brings a database up to the newest schema version, one migration per transaction. */
public final class Migrator {

    /** Every schema version the product knows, oldest first. Append; never edit a released one. */
    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "schema_history"),
            new Migration(2, "domain_tables"),
            new Migration(3, "audit_trail"),
            new Migration(4, "retailer_search"),
            new Migration(5, "search_backlog"),
            new Migration(6, "publicity_and_visits"),
            new Migration(7, "coverage_index"),
            new Migration(8, "unique_keys"),
            new Migration(9, "service_network"),
            new Migration(10, "retailer_status"),
            new Migration(11, "users"),
            new Migration(12, "audit_search"));

    static final String HISTORY_TABLE = "RD_SCHEMA_HISTORY";

    private final List<Migration> migrations;

    public Migrator(List<Migration> migrations) {
        this.migrations = migrations;
    }

    public static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** @return the schema version after migrating; the connection is left in auto-commit mode */
    public int migrate(Connection connection) throws SQLException {
        try {
            connection.setAutoCommit(false);
            return migrateSteps(connection);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private int migrateSteps(Connection connection) throws SQLException {
        ensureHistoryTable(connection);
        int current = currentVersion(connection);
        int newest = migrations.get(migrations.size() - 1).version();
        if (current > newest) {
            throw new StoreException(NLS.bind(Messages.Migrator_databaseTooNew, current, newest));
        }
        for (Migration m : migrations) {
            if (m.version() <= current) {
                continue;
            }
            try {
                if (m.version() == UniqueKeys.VERSION) {
                    // existing duplicates are named, instead of the constraint's obscure refusal
                    UniqueKeys.checkBeforeMigration(connection);
                }
                for (String sql : statements(m)) {
                    try (Statement st = connection.createStatement()) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                        + " (VERSION, NAME, APPLIED_AT) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.name());
                    ps.executeUpdate();
                }
                connection.commit();
                current = m.version();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw new StoreException(NLS.bind(Messages.Migrator_failed, m.version(), e.getMessage()), e);
            }
        }
        return current;
    }

    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(VERSION) FROM " + HISTORY_TABLE)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, null, HISTORY_TABLE, null)) {
            if (rs.next()) {
                return;
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE " + HISTORY_TABLE + " (VERSION INT NOT NULL PRIMARY KEY,"
                    + " NAME VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
        }
        connection.commit();
    }

    static List<String> statements(Migration m) {
        String script;
        try (InputStream in = Migrator.class.getResourceAsStream(m.resource())) {
            if (in == null) {
                throw new StoreException(NLS.bind(Messages.Migrator_missingScript, m.resource()));
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Migrator_missingScript, m.resource()), e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        return out;
    }
}
