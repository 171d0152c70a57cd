package org.palermo.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded server's two passwords, generated at its first start and kept in
 * {@code PALERMO_HOME/database.credentials} (mode 0600): the application role's, which every Palermo
 * process on the data directory reads to connect, and the superuser's, used only at start-up to keep
 * the roles, the ownership of the schema and {@code pg_hba.conf} as {@link DatabaseLockdown} wants them.
 */
record DatabaseCredentials(String password, String adminPassword) {

    /** The role the application connects as: owns its tables, not the audit log; no superuser. */
    static final String APP_USER = "palermo";
    /** The cluster's superuser (initdb's). */
    static final String ADMIN_USER = "postgres";
    /** Owns the audit log, so that the application role can only insert into it and read it. Cannot log in. */
    static final String AUDIT_OWNER = "palermo_audit";

    private static final SecureRandom RANDOM = new SecureRandom();

    static Path file(PalermoHome home) {
        return home.root().resolve("database.credentials");
    }

    static Optional<DatabaseCredentials> read(PalermoHome home) {
        Path file = file(home);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String password = p.getProperty("password");
        String admin = p.getProperty("admin-password");
        if (password == null || password.isBlank() || admin == null || admin.isBlank()) {
            throw new IllegalStateException(file + " is damaged (no password or admin-password line)");
        }
        return Optional.of(new DatabaseCredentials(password.strip(), admin.strip()));
    }

    /** New random passwords, written to {@link #file} in one step (a process killed midway leaves no half file). */
    static DatabaseCredentials create(PalermoHome home) {
        DatabaseCredentials created = new DatabaseCredentials(randomPassword(), randomPassword());
        String text = """
                # Passwords of Palermo's embedded PostgreSQL, generated at its first start.
                # Whoever can read this file can read and change every record: keep it private (mode 0600).
                # Backups made with ./palermo backup do not contain it; a restore generates new ones.
                user=%s
                password=%s
                admin-user=%s
                admin-password=%s
                """.formatted(APP_USER, created.password, ADMIN_USER, created.adminPassword);
        writePrivate(file(home), text);
        return created;
    }

    /** Writes a file only its owner can read, through a temporary file and a rename. */
    static void writePrivate(Path target, String text) {
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** 192 random bits as 32 URL-safe characters: nothing to quote in SQL, a password file or a URL. */
    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]";
    }
}
