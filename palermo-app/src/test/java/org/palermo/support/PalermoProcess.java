package org.palermo.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code ./palermo ARGS} in a JVM of its own, on the test classpath: what a user's shell starts, so that
 * a test can kill it with SIGKILL (nothing of it runs on: no shutdown hook, no finally block) and
 * see only what the process printed. Output goes to files under the given directory.
 */
public final class PalermoProcess implements AutoCloseable {

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final List<String> args;

    private PalermoProcess(Process process, Path stdout, Path stderr, List<String> args) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.args = args;
    }

    /**
     * @param env variables to set (a null value removes one); {@code PALERMO_DB_*} of the test run are not passed on
     */
    public static PalermoProcess start(Path workDir, Map<String, String> env, String... args) {
        try {
            Files.createDirectories(workDir);
            String name = "run-" + System.nanoTime();
            Path out = workDir.resolve(name + ".out");
            Path err = workDir.resolve(name + ".err");
            Path argFile = workDir.resolve(name + ".args");
            // the class path can be long: java reads it from an argument file
            Files.writeString(argFile, "-cp\n\"" + classPath().replace("\\", "\\\\") + "\"\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + argFile,
                    // small and quick to start: these runs move little data
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Dpdfbox.fontcache=" + workDir,
                    "-Dlogging.level.org.palermo=WARN",
                    // tests bring their own data; serve would otherwise load the demo data on a first start
                    "-Dpalermo.demo-data=false",
                    "org.palermo.cli.Launcher"));
            command.addAll(Arrays.asList(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            // the data directory the test gives, not an external server this test run may have been pointed at
            List.of("PALERMO_DB_URL", "PALERMO_DB_USER", "PALERMO_DB_PASSWORD").forEach(builder.environment()::remove);
            env.forEach((k, v) -> {
                if (v == null) {
                    builder.environment().remove(k);
                } else {
                    builder.environment().put(k, v);
                }
            });
            return new PalermoProcess(builder.start(), out, err, List.of(args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PalermoProcess start(Path workDir, String... args) {
        return start(workDir, Map.of(), args);
    }

    /** The test's class path without its test classes: the application as a user runs it. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Waits for the process to end by itself; fails the test after the timeout. */
    public int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("palermo " + args + " did not end within " + timeout + "; stdout: " + stdout() + " stderr: " + stderr());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until what the process printed on stdout satisfies the condition; fails if it ends first. */
    public void awaitStdout(Predicate<String> condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.test(stdout())) {
                return;
            }
            if (!process.isAlive()) {
                if (condition.test(stdout())) {
                    return;
                }
                throw new AssertionError("palermo " + args + " ended (exit " + process.exitValue() + ") first; stdout: "
                        + stdout() + " stderr: " + stderr());
            }
            sleep(50);
        }
        throw new AssertionError("palermo " + args + ": not printed within " + timeout + "; stdout: " + stdout() + " stderr: " + stderr());
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill9() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A serve left running by a failed test is stopped (politely: it stops its database too). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
