package org.palermo.system;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./palermo backup} and {@code ./palermo restore}: every table of the application's schema, copied
 * out in one REPEATABLE READ READ ONLY transaction — one snapshot, so the file is consistent while
 * {@code serve} keeps writing — and copied into an empty database after the same migrations.
 *
 * <p>Why {@code COPY} and not {@code pg_dump}: the embedded binaries are only {@code initdb}, {@code pg_ctl}
 * and {@code postgres}, and Debian's {@code pg_dump} (15) refuses an 18 server. One snapshot is what
 * {@code pg_dump} would take too; the schema comes from Palermo's own migrations, whose versions and
 * checksums the file records, so a restore re-creates exactly the schema the data was taken from (and the
 * next start applies any newer migrations, as it would have on the original). Sequences are set to the
 * values they had.
 *
 * <p>The file is a zip: {@code data/TABLE.copy} (PostgreSQL's COPY text format) per table, then
 * {@code palermo-backup.json} (migrations, tables with columns and row counts, sequences). It holds no
 * password of the server, but it does hold every record (account hashes, case-level data): it is written
 * with mode 0600.
 */
public final class DatabaseBackup {

    static final String FORMAT = "palermo-backup/1";
    private static final String MANIFEST = "palermo-backup.json";
    private static final String SCHEMA_HISTORY = "flyway_schema_history";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatabaseBackup() {
    }

    public record Table(String name, List<String> columns, long rows, String file) {
    }

    public record Sequence(String name, long lastValue, boolean isCalled) {
    }

    public record Migration(String version, String description, String script, Integer checksum) {
    }

    public record Manifest(String format, String created, String serverVersion, List<Migration> migrations,
                           List<Table> tables, List<Sequence> sequences) {

        public long rows() {
            return tables.stream().mapToLong(Table::rows).sum();
        }

        /** The latest migration applied, e.g. "51". */
        public String schemaVersion() {
            return migrations.stream().map(Migration::version).filter(v -> v != null)
                    .max(Comparator.comparing(org.flywaydb.core.api.MigrationVersion::fromVersion)).orElse("none");
        }
    }

    public record Written(Path file, Manifest manifest, long bytes) {
    }

    /** Copies every table out of {@code server}'s database into {@code out}, in one snapshot. */
    public static Written backup(DatabaseServer server, Path out) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + ".partial");
        try (Connection c = server.connect()) {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(tmp);
            createPrivate(tmp);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            Manifest manifest;
            try (OutputStream file = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(file)) {
                // a backup is read back whole or not at all: speed over the last percent of size
                zip.setLevel(Deflater.BEST_SPEED);
                manifest = copyOut(c, zip);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
            } finally {
                c.rollback();
            }
            long bytes = Files.size(tmp);
            moveInPlace(tmp, target);
            recordInAuditLog(server, "database.backup", "file:" + target.getFileName(),
                    manifest.tables().size() + " tables, " + manifest.rows() + " rows, schema " + manifest.schemaVersion());
            return new Written(target, manifest, bytes);
        } catch (SQLException e) {
            deleteQuietly(tmp);
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("backup failed: cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static Manifest copyOut(Connection c, ZipOutputStream zip) throws SQLException, IOException {
        String version = single(c, "select current_setting('server_version')");
        List<Migration> migrations = new ArrayList<>();
        if (single(c, "select to_regclass('public." + SCHEMA_HISTORY + "')") != null) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select version, description, script, checksum from public." + SCHEMA_HISTORY
                            + " where success order by installed_rank")) {
                while (rs.next()) {
                    migrations.add(new Migration(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4)));
                }
            }
        }
        CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, List<String>> t : tables(c).entrySet()) {
            if (t.getKey().equals(SCHEMA_HISTORY)) {
                continue;
            }
            String file = "data/" + t.getKey() + ".copy";
            zip.putNextEntry(new ZipEntry(file));
            long rows = copy.copyOut("copy (select " + columnList(t.getValue()) + " from public." + quote(t.getKey())
                    + ") to stdout", new KeepOpen(zip));
            zip.closeEntry();
            tables.add(new Table(t.getKey(), t.getValue(), rows, file));
        }
        List<Sequence> sequences = new ArrayList<>();
        for (String name : sequences(c)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select last_value, is_called from public." + quote(name))) {
                rs.next();
                sequences.add(new Sequence(name, rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return new Manifest(FORMAT, java.time.Instant.now().toString(), version, migrations, tables, sequences);
    }

    /**
     * Reads a backup's manifest, checking that the file is one.
     */
    public static Manifest read(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return manifest(zip, file);
        } catch (IOException e) {
            throw new InvalidInputException("file", file + ": not a Palermo backup (" + e.getMessage() + ")");
        }
    }

    private static Manifest manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new InvalidInputException("file", file + ": not a Palermo backup (no " + MANIFEST + ")");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            Manifest m = JSON.readValue(in, Manifest.class);
            if (!FORMAT.equals(m.format())) {
                throw new InvalidInputException("file", file + ": backup format " + m.format() + " is not " + FORMAT);
            }
            return m;
        }
    }

    /**
     * Re-creates the backup's schema on {@code server}'s empty database with the migrations the backup
     * records, then loads every table and sets every sequence, in one transaction: a restore that fails
     * leaves no data behind.
     */
    public static Manifest restore(DatabaseServer server, Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Manifest manifest = manifest(zip, file);
            try (Connection c = server.connect()) {
                long existing = Long.parseLong(single(c, """
                        select count(*) from pg_class
                        where relnamespace = 'public'::regnamespace and relkind in ('r', 'p', 'v', 'm')"""));
                if (existing > 0) {
                    throw new InvalidInputException("database", "the database " + server.url() + " already has " + existing
                            + " tables: a backup is restored only into an empty database");
                }
            }
            migrate(server, manifest, file);
            try (Connection c = server.connect()) {
                load(c, zip, manifest, file);
            }
            server.afterMigration();
            recordInAuditLog(server, "database.restore", "file:" + file.getFileName(),
                    "backup of " + manifest.created() + ": " + manifest.tables().size() + " tables, " + manifest.rows() + " rows, schema "
                            + manifest.schemaVersion());
            return manifest;
        } catch (IOException e) {
            throw new InvalidInputException("file", file + ": cannot be read as a Palermo backup (" + e.getMessage() + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("restore failed: " + e.getMessage(), e);
        }
    }

    /** Exactly the backup's migrations, taken from this Palermo's and checked against their recorded checksums. */
    private static void migrate(DatabaseServer server, Manifest manifest, Path file) throws IOException {
        Map<String, Resource> scripts = new HashMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
            scripts.put(r.getFilename(), r);
        }
        Path dir = Files.createTempDirectory("palermo-restore-migrations");
        try {
            for (Migration m : manifest.migrations()) {
                Resource script = scripts.get(m.script());
                if (script == null) {
                    throw new InvalidInputException("file", file + ": made by a newer Palermo: its schema has migration " + m.script()
                            + ", which this one lacks; restore with the Palermo that made it (or a newer one)");
                }
                try (InputStream in = script.getInputStream()) {
                    Files.copy(in, dir.resolve(m.script()));
                }
            }
            Flyway flyway = Flyway.configure().dataSource(server.url(), server.user(), server.password())
                    .locations("filesystem:" + dir).outOfOrder(true).load();
            Map<String, Integer> checksums = new HashMap<>();
            for (MigrationInfo pending : flyway.info().pending()) {
                checksums.put(pending.getScript(), pending.getChecksum());
            }
            for (Migration m : manifest.migrations()) {
                if (m.checksum() != null && !m.checksum().equals(checksums.get(m.script()))) {
                    throw new InvalidInputException("file", file + ": migration " + m.script() + " differs from this Palermo's;"
                            + " restore with the Palermo that made the backup");
                }
            }
            flyway.migrate();
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(DatabaseBackup::deleteQuietly);
            }
        }
    }

    private static void load(Connection c, ZipFile zip, Manifest manifest, Path file) throws SQLException, IOException {
        c.setAutoCommit(false);
        try {
            Map<String, List<String>> present = tables(c);
            List<String> names = new ArrayList<>();
            for (Table t : manifest.tables()) {
                List<String> columns = present.get(t.name());
                if (columns == null || !columns.containsAll(t.columns())) {
                    throw new InvalidInputException("file", file + ": table " + t.name() + " with columns " + t.columns()
                            + " is not in the schema its migrations made");
                }
                names.add(t.name());
            }
            try (Statement s = c.createStatement()) {
                // the data as it was: no trigger recomputes anything while it is loaded, and the rows the
                // migrations themselves inserted give way to the backup's
                for (String name : names) {
                    s.execute("alter table public." + quote(name) + " disable trigger user");
                }
                if (!names.isEmpty()) {
                    s.execute("truncate " + String.join(", ", names.stream().map(n -> "public." + quote(n)).toList()));
                }
            }
            CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
            Map<String, Table> byName = new LinkedHashMap<>();
            manifest.tables().forEach(t -> byName.put(t.name(), t));
            for (String name : referencedFirst(c, names)) {
                Table t = byName.get(name);
                ZipEntry entry = zip.getEntry(t.file());
                if (entry == null) {
                    throw new InvalidInputException("file", file + ": " + t.file() + " is missing");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    long rows = copy.copyIn("copy public." + quote(name) + " (" + columnList(t.columns()) + ") from stdin", in);
                    if (rows != t.rows()) {
                        throw new InvalidInputException("file", file + ": " + t.file() + " has " + rows + " rows, the manifest says " + t.rows());
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String name : names) {
                    s.execute("alter table public." + quote(name) + " enable trigger user");
                }
            }
            try (PreparedStatement set = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                for (Sequence q : manifest.sequences()) {
                    set.setString(1, "public." + quote(q.name()));
                    set.setLong(2, q.lastValue());
                    set.setBoolean(3, q.isCalled());
                    set.execute();
                }
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        if (!manifest.tables().isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute("analyze " + String.join(", ", manifest.tables().stream().map(t -> "public." + quote(t.name())).toList()));
            }
        }
    }

    /** Tables in an order in which every foreign key points to a table loaded before it. */
    private static List<String> referencedFirst(Connection c, List<String> names) throws SQLException {
        Map<String, Set<String>> needs = new HashMap<>();
        names.forEach(n -> needs.put(n, new HashSet<>()));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select conrelid::regclass::text, confrelid::regclass::text from pg_constraint
                where contype = 'f' and connamespace = 'public'::regnamespace and conrelid <> confrelid""")) {
            while (rs.next()) {
                String from = unqualified(rs.getString(1));
                String to = unqualified(rs.getString(2));
                if (needs.containsKey(from) && needs.containsKey(to)) {
                    needs.get(from).add(to);
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (order.size() < names.size()) {
            boolean progress = false;
            for (String n : names) {
                if (!done.contains(n) && done.containsAll(needs.get(n))) {
                    order.add(n);
                    done.add(n);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("the tables' foreign keys form a cycle; cannot order the restore");
            }
        }
        return order;
    }

    private static String unqualified(String regclass) {
        String name = regclass.startsWith("public.") ? regclass.substring("public.".length()) : regclass;
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    /** The ordinary tables of schema public (partitioned parents, not their partitions), each with its stored columns. */
    private static Map<String, List<String>> tables(Connection c) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.relname, a.attname
                from pg_class c join pg_attribute a on a.attrelid = c.oid
                where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
                  and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by c.relname, a.attnum""")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    private static List<String> sequences(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'S' order by relname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Backup and restore are audited in the database they concern (the restore's after its data). */
    private static void recordInAuditLog(DatabaseServer server, String action, String target, String detail) {
        try (Connection c = server.connect();
             PreparedStatement s = c.prepareStatement("insert into public.audit_log (actor, action, target, detail) values (?, ?, ?, ?)")) {
            s.setString(1, "system:" + System.getProperty("user.name", "unknown"));
            s.setString(2, action);
            s.setString(3, target);
            s.setString(4, detail);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(action + ": cannot write the audit log: " + e.getMessage(), e);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void createPrivate(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static void moveInPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }

    /** COPY writes into the zip's current entry; closing the entry is the zip's business. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
