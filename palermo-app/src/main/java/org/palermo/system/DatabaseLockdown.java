package org.palermo.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps the embedded server closed, applied by the superuser at every start (each step is
 * idempotent and cheap):
 * <ul>
 * <li>{@code pg_hba.conf}: a password (scram-sha-256) for every connection, no {@code trust};</li>
 * <li>the application role {@value DatabaseCredentials#APP_USER}: no superuser, no role or database
 *     creation; it may create in schema {@code public} and owns what is there — except the audit log;</li>
 * <li>the audit log, its sequence and its trigger function owned by {@value DatabaseCredentials#AUDIT_OWNER},
 *     a role nobody logs in as; the application role may only insert into it and read it. Without
 *     ownership it can neither alter the table, nor disable or drop its trigger, nor drop the table (it
 *     does not own the schema either), so the log stays append-only whatever SQL the application sends.</li>
 * </ul>
 */
final class DatabaseLockdown {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLockdown.class);

    /** The audit trail's objects (migration V2): owned by the audit role, never by the application. */
    static final Set<String> AUDIT_RELATIONS = Set.of("audit_log", "audit_log_id_seq");
    static final Set<String> AUDIT_FUNCTIONS = Set.of("audit_log_is_append_only");

    /** The only access rules of a locked-down data directory. */
    static final String LOCKED_HBA = """
            # Written by Palermo: every connection needs a password (scram-sha-256); nothing is trusted.
            # The passwords are in PALERMO_HOME/database.credentials (mode 0600).
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    /**
     * Used once, while a data directory made before the lockdown (everything trusted, no passwords) is
     * migrated: only the superuser, only locally, for the seconds it takes to set the passwords.
     */
    static final String MIGRATION_HBA = """
            # Written by Palermo while it sets this data directory's passwords; replaced within seconds.
            local   all       postgres                  trust
            host    all       postgres   127.0.0.1/32   trust
            host    all       postgres   ::1/128        trust
            """;

    private DatabaseLockdown() {
    }

    /** True when some rule lets a connection in without a password. */
    static boolean trustsAnyone(Path hba) {
        if (!Files.exists(hba)) {
            return false;
        }
        try {
            for (String line : Files.readAllLines(hba, StandardCharsets.UTF_8)) {
                String rule = line.replaceFirst("#.*", "").strip();
                if (!rule.isEmpty() && List.of(rule.split("\\s+")).contains("trust")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + hba + ": " + e.getMessage(), e);
        }
    }

    static void writeHba(Path pgdata, String rules) {
        Path hba = pgdata.resolve("pg_hba.conf");
        try {
            if (Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(rules)) {
                return;
            }
            Files.writeString(hba, rules, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + hba + ": " + e.getMessage(), e);
        }
    }

    /**
     * The roles and their rights, as the superuser. {@code setAdminPassword} when migrating a data
     * directory whose superuser had none.
     */
    static void secureRoles(Connection admin, DatabaseCredentials credentials, boolean setAdminPassword) throws SQLException {
        inTransaction(admin, s -> {
            s.execute("""
                    do $$ begin
                      if not exists (select 1 from pg_roles where rolname = '%1$s') then create role %1$s nologin; end if;
                      if not exists (select 1 from pg_roles where rolname = '%2$s') then create role %2$s login; end if;
                    end $$""".formatted(DatabaseCredentials.AUDIT_OWNER, DatabaseCredentials.APP_USER));
            s.execute("alter role " + DatabaseCredentials.AUDIT_OWNER + " nologin nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            // the password is 32 URL-safe characters (DatabaseCredentials): nothing to escape
            s.execute("alter role " + DatabaseCredentials.APP_USER + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                    + " password '" + credentials.password() + "'");
            if (setAdminPassword) {
                s.execute("alter role " + DatabaseCredentials.ADMIN_USER + " password '" + credentials.adminPassword() + "'");
            }
            s.execute("grant connect on database postgres to " + DatabaseCredentials.APP_USER);
            s.execute("grant usage, create on schema public to " + DatabaseCredentials.APP_USER);
            // PostgreSQL 15+ has this by default; a cluster made by 14 or older would not
            s.execute("revoke create on schema public from public");
        });
        secureSchema(admin);
    }

    /**
     * Gives every object in schema {@code public} to the application role, and the audit log's to the
     * audit role. Run before the migrations (a data directory made before the lockdown has everything
     * owned by the superuser) and after them (a new database's V2 made the audit log as the application).
     */
    static void secureSchema(Connection admin) throws SQLException {
        inTransaction(admin, s -> {
            // two processes starting on one data directory (serve and a command) take turns
            s.execute("select pg_advisory_xact_lock(hashtext('palermo:lockdown'))");
            List<String> changes = new ArrayList<>();
            // tables, views, sequences not owned by a column (those follow their table)
            try (ResultSet rs = s.executeQuery("""
                    select c.relname, c.relkind, pg_get_userbyid(c.relowner)
                    from pg_class c
                    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                      and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                               where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                 and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')))""")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String owner = rs.getString(3);
                    String wanted = AUDIT_RELATIONS.contains(name) ? DatabaseCredentials.AUDIT_OWNER : DatabaseCredentials.APP_USER;
                    if (!wanted.equals(owner)) {
                        String kind = switch (rs.getString(2)) {
                            case "v" -> "view";
                            case "m" -> "materialized view";
                            case "S" -> "sequence";
                            case "f" -> "foreign table";
                            default -> "table";
                        };
                        changes.add("alter " + kind + " public." + quote(name) + " owner to " + wanted);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    select p.oid::regprocedure::text, p.proname, p.prokind, pg_get_userbyid(p.proowner)
                    from pg_proc p where p.pronamespace = 'public'::regnamespace""")) {
                while (rs.next()) {
                    String wanted = AUDIT_FUNCTIONS.contains(rs.getString(2)) ? DatabaseCredentials.AUDIT_OWNER : DatabaseCredentials.APP_USER;
                    if (!wanted.equals(rs.getString(4))) {
                        String kind = switch (rs.getString(3)) {
                            case "p" -> "procedure";
                            case "a" -> "aggregate";
                            default -> "function";
                        };
                        changes.add("alter " + kind + " " + rs.getString(1) + " owner to " + wanted);
                    }
                }
            }
            // enums, domains, ranges and stand-alone composite types (a table's row type follows the table)
            try (ResultSet rs = s.executeQuery("""
                    select t.oid::regtype::text, t.typtype, pg_get_userbyid(t.typowner)
                    from pg_type t left join pg_class c on c.oid = t.typrelid
                    where t.typnamespace = 'public'::regnamespace and t.typelem = 0
                      and (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and c.relkind = 'c'))""")) {
                while (rs.next()) {
                    if (!DatabaseCredentials.APP_USER.equals(rs.getString(3))) {
                        changes.add("alter " + ("d".equals(rs.getString(2)) ? "domain " : "type ") + rs.getString(1)
                                + " owner to " + DatabaseCredentials.APP_USER);
                    }
                }
            }
            for (String change : changes) {
                s.execute(change);
            }
            // what the application needs of the audit log, and nothing more
            if (exists(s, "audit_log") && !auditRightsAsWanted(s)) {
                s.execute("revoke all on public.audit_log from " + DatabaseCredentials.APP_USER);
                s.execute("grant select, insert on public.audit_log to " + DatabaseCredentials.APP_USER);
                // select: a backup reads where the sequence stands
                s.execute("grant usage, select on sequence public.audit_log_id_seq to " + DatabaseCredentials.APP_USER);
                changes.add("audit log rights");
            }
            if (!changes.isEmpty()) {
                log.info("Database ownership set: {} change(s)", changes.size());
            }
        });
    }

    private static boolean auditRightsAsWanted(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("""
                select has_table_privilege('%1$s', 'public.audit_log', 'SELECT')
                   and has_table_privilege('%1$s', 'public.audit_log', 'INSERT')
                   and not has_table_privilege('%1$s', 'public.audit_log', 'UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                   and has_sequence_privilege('%1$s', 'public.audit_log_id_seq', 'USAGE')
                   and has_sequence_privilege('%1$s', 'public.audit_log_id_seq', 'SELECT')""".formatted(DatabaseCredentials.APP_USER))) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("select to_regclass('public." + table + "') is not null")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private interface Step {
        void run(Statement s) throws SQLException;
    }

    private static void inTransaction(Connection c, Step step) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            step.run(s);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
