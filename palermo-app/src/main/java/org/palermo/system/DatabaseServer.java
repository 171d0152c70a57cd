package org.palermo.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** The PostgreSQL server Palermo talks to: embedded (and maybe owned) or external. */
public final class DatabaseServer implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedDatabase embedded;
    private final PalermoHome deleteOnClose;

    private DatabaseServer(String url, String user, String password, EmbeddedDatabase embedded, PalermoHome deleteOnClose) {
        this.deleteOnClose = deleteOnClose;
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * An external server, checked at once: a wrong password or a server that does not answer is one
     * {@link DatabaseUnavailableException} naming the server and the reason, not a failure deep in start-up.
     */
    public static DatabaseServer external(String url, String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        props.setProperty("connectTimeout", "10");
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.isValid(10);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(url, user, e);
        }
        return new DatabaseServer(url, user, password, null, null);
    }

    /** @param deleteOnClose a throw-away home (tests) removed when the server stops, or null */
    static DatabaseServer embedded(EmbeddedDatabase db, PalermoHome deleteOnClose) {
        return new DatabaseServer(db.jdbcUrl(), db.user(), db.password(), db, deleteOnClose);
    }

    /**
     * The server a command uses, resolved as the application resolves it: {@code palermo.db.url} (system
     * property) or {@code PALERMO_DB_URL} for an external server, else the embedded one under {@code home}
     * (started if no Palermo process runs it). For commands that run without the application context.
     */
    public static DatabaseServer open(PalermoHome home) {
        String url = setting("palermo.db.url", "PALERMO_DB_URL", "");
        if (!url.isBlank()) {
            return external(url, setting("palermo.db.user", "PALERMO_DB_USER", "postgres"),
                    setting("palermo.db.password", "PALERMO_DB_PASSWORD", ""));
        }
        return embedded(EmbeddedDatabase.startOrConnect(home), null);
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(variable);
        }
        return value == null ? fallback : value;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** A new connection as the application's role. */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        return DriverManager.getConnection(url, props);
    }

    /** After the migrations: the embedded server's ownership rules applied to what they created. */
    void afterMigration() {
        if (embedded != null) {
            embedded.secureSchema();
        }
    }

    /** The embedded server's data directory's port and superuser connection, for backup and restore. */
    EmbeddedDatabase embedded() {
        return embedded;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
        if (deleteOnClose != null) {
            try (var paths = java.nio.file.Files.walk(deleteOnClose.root())) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                // a temporary directory left behind is harmless
            }
        }
    }
}
