import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds used so far by this JVM and by the embedded PostgreSQL (its postmaster, the children it reaped
 * and the live ones: backends, checkpointer, WAL writer). On a shared machine wall time follows the other
 * processes; CPU time says what the work itself costs.
 */
record ProcessCpu(double jvm, double db) {
    static ProcessCpu now(Path home) throws Exception {
        double jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        long postmaster = Long.parseLong(Files.readAllLines(home.resolve("pgdata").resolve("postmaster.pid")).get(0).strip());
        long ticks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                String name = proc.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(proc.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue;
                }
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long pid = Long.parseLong(name);
                long ppid = Long.parseLong(f[1]);
                if (pid == postmaster) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                } else if (ppid == postmaster) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        }
        return new ProcessCpu(jvm, ticks / 100.0);
    }

    ProcessCpu minus(ProcessCpu before) {
        return new ProcessCpu(jvm - before.jvm, db - before.db);
    }

    @Override
    public String toString() {
        return String.format("CPU %.1f s (JVM %.1f, PostgreSQL %.1f)", jvm + db, jvm, db);
    }
}
