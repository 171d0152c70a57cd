package org.palermo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.cli.Launcher;
import org.palermo.support.CommandConsole;

/**
 * The embedded server a user gets: durable (fsync and synchronous commit on) and locked down (a
 * password for every connection, the application on a role of its own). A data directory made the old
 * way — zonky's defaults: everything trusted, the superuser without a password — is locked down on its
 * next start and keeps its data. Each test owns its data directory and server.
 */
class EmbeddedDatabaseLockdownTest {

    @RegisterExtension
    CommandConsole console = new CommandConsole();

    @Test
    void aNewDataDirectoryIsDurableAndRefusesConnectionsWithoutItsPassword() throws Exception {
        PalermoHome home = new PalermoHome(console.dir().resolve("home"));
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrConnect(home)) {
            try (Connection c = connect(db.jdbcUrl(), db.user(), db.password())) {
                assertThat(show(c, "fsync")).isEqualTo("on");
                assertThat(show(c, "synchronous_commit")).isEqualTo("on");
                assertThat(query(c, "select current_user")).isEqualTo("palermo");
                assertThat(query(c, "select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")).isEqualTo("f");
            }
            assertThat(refusal(db.jdbcUrl(), "postgres", null)).containsIgnoringCase("password");
            assertThat(refusal(db.jdbcUrl(), "palermo", null)).containsIgnoringCase("password");
            assertThat(refusal(db.jdbcUrl(), "postgres", "postgres")).contains("password authentication failed");
            assertThat(refusal(db.jdbcUrl(), "palermo", db.password() + "x")).contains("password authentication failed");
        }
        Path credentials = home.root().resolve("database.credentials");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        assertThat(Files.readString(credentials)).contains("password=");
        String hba = Files.readString(home.pgdata().resolve("pg_hba.conf"), StandardCharsets.UTF_8);
        assertThat(rules(hba)).isNotEmpty().allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
        assertThat(home.root().resolve(".initdb-password")).doesNotExist();
    }

    @Test
    void aDataDirectoryMadeBeforeTheLockdownIsLockedDownOnItsNextStartAndKeepsItsData() throws Exception {
        PalermoHome home = new PalermoHome(console.dir().resolve("old"));
        // the old way: zonky's defaults, the schema and the data made by the superuser
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(home.pgdata()).setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration").outOfOrder(true).load().migrate();
            try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into app_user (name, role) values ('kept-analyst', 'ANALYST')");
                s.execute("insert into audit_log (actor, action, target) values ('system:old', 'user.add', 'user:kept-analyst')");
            }
        }
        assertThat(Files.readString(home.pgdata().resolve("pg_hba.conf"))).contains("trust");

        // the next start is a command, as a user would run it
        int exit = Launcher.run("user", "add", "new-reviewer", "--role", "REVIEWER", "--data-dir", home.root().toString());
        assertThat(exit).as(console.stderr()).isZero();

        String hba = Files.readString(home.pgdata().resolve("pg_hba.conf"), StandardCharsets.UTF_8);
        assertThat(rules(hba)).isNotEmpty().noneMatch(rule -> rule.contains("trust"));
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrConnect(home);
             Connection c = connect(db.jdbcUrl(), db.user(), db.password())) {
            assertThat(query(c, "select string_agg(name, ',' order by name) from app_user where name in ('kept-analyst', 'new-reviewer')"))
                    .isEqualTo("kept-analyst,new-reviewer");
            assertThat(query(c, "select string_agg(actor || ' ' || action || ' ' || target, '; ' order by id) from audit_log"))
                    .contains("system:old user.add user:kept-analyst")
                    .contains("user.add user:new-reviewer");
            assertThat(query(c, "select pg_get_userbyid(relowner) from pg_class where oid = 'audit_log'::regclass")).isEqualTo("palermo_audit");
            assertThat(query(c, "select pg_get_userbyid(relowner) from pg_class where oid = 'app_user'::regclass")).isEqualTo("palermo");
            assertThat(query(c, "select count(*) from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'v')"
                    + " and pg_get_userbyid(relowner) = 'postgres'")).isEqualTo("0");
            assertThatThrownBy(() -> query(c, "alter table audit_log disable trigger audit_log_no_update"))
                    .hasMessageContaining("must be owner");
            assertThat(refusal(db.jdbcUrl(), "postgres", null)).containsIgnoringCase("password");
        }
    }

    @Test
    void aLockedDataDirectoryWithoutItsPasswordFileIsRefusedInOneLine() throws Exception {
        PalermoHome home = new PalermoHome(console.dir().resolve("home"));
        EmbeddedDatabase.startOrConnect(home, false).close();
        Files.delete(home.root().resolve("database.credentials"));

        int exit = Launcher.run("user", "add", "someone", "--role", "ANALYST", "--data-dir", home.root().toString());

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr().strip()).hasLineCount(1)
                .contains("database.credentials is missing");
    }

    private static java.util.List<String> rules(String hba) {
        return hba.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(url, p);
    }

    /** Why the server refused the connection (the test fails if it let it in). */
    static String refusal(String url, String user, String password) {
        try (Connection c = connect(url, user, password)) {
            throw new AssertionError("connected as " + user + " with password " + (password == null ? "none" : "a wrong one"));
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        return query(c, "show " + setting);
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                return null;
            }
            try (ResultSet rs = s.getResultSet()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
