package org.palermo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.palermo.system.DatabaseBackup;
import org.palermo.system.DatabaseServer;
import org.palermo.system.PalermoHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Copy the whole database into one file, consistently, also while serve runs "
        + "(every table in one snapshot; restore it with ./palermo restore).")
class BackupCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup file to write (replaced if it exists)")
    Path out;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: $PALERMO_HOME or ./palermo-data)")
    Path dataDir;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Database.quietLogging();
        PalermoHome home = PalermoHome.resolve(dataDir == null ? null : dataDir.toString());
        try (DatabaseServer server = DatabaseServer.open(home)) {
            DatabaseBackup.Written w = DatabaseBackup.backup(server, out);
            System.out.printf("backed up %d tables, %d rows (schema V%s) to %s: %.1f MB in %.1f s%n",
                    w.manifest().tables().size(), w.manifest().rows(), w.manifest().schemaVersion(), w.file(),
                    w.bytes() / 1e6, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
