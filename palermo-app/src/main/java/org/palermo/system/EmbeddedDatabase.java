package org.palermo.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server under {@code PALERMO_HOME/pgdata}.
 *
 * <p>It is a real server: when another Palermo process already runs it on the same data
 * directory, this one connects to it; otherwise it starts it, and stops it on {@link #close()}.
 * A server left behind by a process that died (kill -9) is stopped first, because zonky refuses
 * to start on a data directory whose {@code postmaster.pid} is live.
 *
 * <p>It is durable ({@code fsync}, {@code synchronous_commit}) and locked down ({@link DatabaseLockdown}):
 * the application connects as a role of its own with a password from {@link DatabaseCredentials}; a data
 * directory made before the lockdown is locked down on its next start and keeps its data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres server;
    private final int port;
    private final PalermoHome home;
    private final DatabaseCredentials credentials;

    private EmbeddedDatabase(EmbeddedPostgres server, int port, PalermoHome home, DatabaseCredentials credentials) {
        this.server = server;
        this.port = port;
        this.home = home;
        this.credentials = credentials;
    }

    /** Starts (or connects to) a durable server: what every user's data directory gets. */
    public static EmbeddedDatabase startOrConnect(PalermoHome home) {
        return startOrConnect(home, true);
    }

    /**
     * @param durable {@code fsync} and {@code synchronous_commit} on. Off only for throw-away test data:
     *                zonky starts the server with {@code -F} (no fsync) and {@code synchronous_commit=off},
     *                under which a power cut or a kernel crash can lose acknowledged writes or corrupt the
     *                cluster; {@code -c fsync=on} comes after {@code -F} on the command line and wins.
     */
    public static EmbeddedDatabase startOrConnect(PalermoHome home, boolean durable) {
        try {
            Files.createDirectories(home.root());
            Optional<Integer> running = runningServerPort(home);
            if (running.isPresent()) {
                log.info("Connecting to the Palermo database already running on port {}", running.get());
                DatabaseCredentials credentials = DatabaseCredentials.read(home).orElseThrow(() ->
                        DatabaseLockdown.trustsAnyone(home.pgdata().resolve("pg_hba.conf"))
                                ? new IllegalStateException("The Palermo running on " + home.root() + " (pid " + ownerPid(home)
                                        + ") was started before its database was locked down: stop it and start it again")
                                : missingCredentials(home));
                return new EmbeddedDatabase(null, running.get(), home, credentials);
            }
            stopOrphan(home);
            int port = freePort();
            Path pgdata = home.pgdata();
            boolean fresh = !Files.exists(pgdata.resolve("postgresql.conf"));
            // a data directory made before the lockdown trusts every local connection and has no passwords
            boolean open = !fresh && DatabaseLockdown.trustsAnyone(pgdata.resolve("pg_hba.conf"));
            Optional<DatabaseCredentials> known = DatabaseCredentials.read(home);
            if (!fresh && !open && known.isEmpty()) {
                throw missingCredentials(home);
            }
            DatabaseCredentials credentials = known.orElseGet(() -> DatabaseCredentials.create(home));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgdata)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // analyses group a million facts at a time: let the hash aggregates stay in memory
                    .setServerConfig("work_mem", "32MB")
                    // zonky checks that the server answers as the superuser: with a password from now on
                    .setConnectConfig("password", credentials.adminPassword())
                    // runs after initdb, before the server starts: it never listens with the old rules
                    .setDataDirectoryCustomizer(dir -> {
                        if (open || fresh) {
                            DatabaseLockdown.writeHba(dir.toPath(), open ? DatabaseLockdown.MIGRATION_HBA : DatabaseLockdown.LOCKED_HBA);
                        }
                    })
                    .setPGStartupWait(Duration.ofSeconds(60));
            Path passwordFile = null;
            if (fresh) {
                // zonky runs initdb with "-A trust" and then every "locale" option as --key=value: the later
                // --auth wins, and the superuser gets its password before the server ever listens
                passwordFile = home.root().resolve(".initdb-password");
                DatabaseCredentials.writePrivate(passwordFile, credentials.adminPassword() + "\n");
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
            }
            EmbeddedPostgres server;
            try {
                server = builder.start();
            } finally {
                if (passwordFile != null) {
                    Files.deleteIfExists(passwordFile);
                }
            }
            EmbeddedDatabase db = new EmbeddedDatabase(server, port, home, credentials);
            try {
                db.lockDown(open);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            Files.writeString(home.ownerFile(), ProcessHandle.current().pid() + "\n" + port + "\n", StandardCharsets.UTF_8);
            log.info("Started embedded PostgreSQL on port {} ({} data directory {}{})", port,
                    fresh ? "new" : open ? "existing, now locked down," : "existing", pgdata, durable ? "" : ", fsync off");
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded database in " + home.pgdata() + ": " + e.getMessage(), e);
        }
    }

    private void lockDown(boolean migrating) {
        try (Connection admin = adminConnection()) {
            DatabaseLockdown.secureRoles(admin, credentials, migrating);
            if (migrating) {
                DatabaseLockdown.writeHba(home.pgdata(), DatabaseLockdown.LOCKED_HBA);
                try (Statement s = admin.createStatement()) {
                    s.execute("select pg_reload_conf()");
                }
                log.warn("Locked down the embedded database in {}: passwords in {}, no connection trusted any more",
                        home.pgdata(), DatabaseCredentials.file(home));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock down the embedded database in " + home.pgdata() + ": " + e.getMessage(), e);
        }
    }

    /** Ownership of the schema's objects as {@link DatabaseLockdown} wants it; run after the migrations. */
    void secureSchema() {
        try (Connection admin = adminConnection()) {
            DatabaseLockdown.secureSchema(admin);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the ownership of the database's tables: " + e.getMessage(), e);
        }
    }

    Connection adminConnection() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", DatabaseCredentials.ADMIN_USER);
        props.setProperty("password", credentials.adminPassword());
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    private static IllegalStateException missingCredentials(PalermoHome home) {
        return new IllegalStateException("The database in " + home.pgdata() + " needs a password, but "
                + DatabaseCredentials.file(home) + " is missing: put back that file (from a copy of the data directory), "
                + "or restore a backup into a new data directory");
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return DatabaseCredentials.APP_USER;
    }

    public String password() {
        return credentials.password();
    }

    public int port() {
        return port;
    }

    /** True when this process started the server (and so stops it on close). */
    public boolean ownsServer() {
        return server != null;
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.close();
            Files.deleteIfExists(home.ownerFile());
        } catch (IOException e) {
            log.warn("Stopping the embedded database: {}", e.getMessage());
        }
    }

    private static String ownerPid(PalermoHome home) {
        try {
            return Files.readAllLines(home.ownerFile(), StandardCharsets.UTF_8).get(0).strip();
        } catch (IOException | IndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    /** The port of a server on this data directory whose owning process is still alive. */
    static Optional<Integer> runningServerPort(PalermoHome home) throws IOException {
        Path owner = home.ownerFile();
        if (!Files.exists(owner)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(owner, StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long ownerPid = Long.parseLong(lines.get(0).strip());
        int port = Integer.parseInt(lines.get(1).strip());
        boolean ownerAlive = ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false);
        if (ownerAlive && ownerPid != ProcessHandle.current().pid() && accepts(port)) {
            return Optional.of(port);
        }
        return Optional.empty();
    }

    /** Stops a postgres left running by a process that is gone, so the data directory can be reused. */
    private static void stopOrphan(PalermoHome home) throws IOException {
        Path pidFile = home.pgdata().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        boolean isPostgres = process.flatMap(p -> p.info().command()).map(c -> c.contains("postgres")).orElse(false);
        if (process.isPresent() && isPostgres) {
            log.warn("Stopping PostgreSQL (pid {}) left running on {} by a process that has ended", pid, home.pgdata());
            // SIGINT is PostgreSQL's fast shutdown: open transactions (the dead process's) are rolled back,
            // sessions are ended, and a checkpoint leaves the data directory clean. SIGTERM (destroy) would
            // wait for every session to end by itself, which a session blocked on a lock may never do.
            if (!signal("-INT", pid)) {
                process.get().destroy();
            }
            try {
                process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // crash recovery at the next start is still better than no start
                log.warn("PostgreSQL (pid {}) did not stop within 60 s; killing it", pid);
                process.get().destroyForcibly();
                process.get().onExit().join();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean signal(String signal, long pid) {
        try {
            return new ProcessBuilder("kill", signal, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
