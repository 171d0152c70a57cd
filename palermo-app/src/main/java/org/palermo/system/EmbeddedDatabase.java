package org.palermo.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres server;
    private final int port;
    private final PalermoHome home;

    private EmbeddedDatabase(EmbeddedPostgres server, int port, PalermoHome home) {
        this.server = server;
        this.port = port;
        this.home = home;
    }

    public static EmbeddedDatabase startOrConnect(PalermoHome home) {
        try {
            Files.createDirectories(home.root());
            Optional<Integer> running = runningServerPort(home);
            if (running.isPresent()) {
                log.info("Connecting to the Palermo database already running on port {}", running.get());
                return new EmbeddedDatabase(null, running.get(), home);
            }
            stopOrphan(home);
            int port = freePort();
            boolean fresh = !Files.exists(home.pgdata().resolve("postgresql.conf"));
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(home.pgdata())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // analyses group a million facts at a time: let the hash aggregates stay in memory
                    .setServerConfig("work_mem", "32MB")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            Files.writeString(home.ownerFile(), ProcessHandle.current().pid() + "\n" + port + "\n", StandardCharsets.UTF_8);
            log.info("Started embedded PostgreSQL on port {} ({} data directory {})", port, fresh ? "new" : "existing", home.pgdata());
            return new EmbeddedDatabase(server, port, home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded database in " + home.pgdata() + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
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
            process.get().destroy();
            try {
                process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
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
