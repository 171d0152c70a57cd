package org.palermo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.palermo.system.DatabaseBackup;
import org.palermo.system.DatabaseServer;
import org.palermo.system.InvalidInputException;
import org.palermo.system.PalermoHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = "Restore a backup made by ./palermo backup into an empty (or new) data directory "
        + "(or an empty external database); the search index is rebuilt at the next start.")
class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The backup file")
    Path file;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: $PALERMO_HOME or ./palermo-data); must be empty or new")
    Path dataDir;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        Database.quietLogging();
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("file", file + ": no such file");
        }
        PalermoHome home = PalermoHome.resolve(dataDir == null ? null : dataDir.toString());
        List<String> present = entries(home.root());
        if (!present.isEmpty()) {
            throw new InvalidInputException("data-dir", home.root() + " is not empty (it holds " + String.join(", ", present)
                    + "): a backup is restored only into an empty or new data directory");
        }
        DatabaseBackup.Manifest read = DatabaseBackup.read(file);
        boolean created = !Files.exists(home.root());
        boolean done = false;
        try (DatabaseServer server = DatabaseServer.open(home)) {
            DatabaseBackup.Manifest m = DatabaseBackup.restore(server, file);
            done = true;
            System.out.printf("restored %d tables, %d rows (schema V%s, backup of %s) into %s in %.1f s; "
                            + "the search index is rebuilt at the next start%n",
                    m.tables().size(), m.rows(), m.schemaVersion(), read.created(),
                    server.isEmbedded() ? home.root() : server.url(), (System.nanoTime() - t0) / 1e9);
        } finally {
            if (!done) {
                // nothing half-restored is left where the next start would take it for data
                clear(home.root(), created);
            }
        }
        return 0;
    }

    private static List<String> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void clear(Path dir, boolean removeItself) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> removeItself || !p.equals(dir)).forEach(p -> p.toFile().delete());
        }
    }
}
