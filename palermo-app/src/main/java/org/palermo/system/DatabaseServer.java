package org.palermo.system;

/** The PostgreSQL server Palermo talks to: embedded (and maybe owned) or external. */
public final class DatabaseServer implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedDatabase embedded;
    private final PalermoHome deleteOnClose;

    private DatabaseServer(String url, String user, String password, EmbeddedDatabase embedded, PalermoHome deleteOnClose) {
        this.deleteOnClose = deleteOnClose;
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static DatabaseServer external(String url, String user, String password) {
        return new DatabaseServer(url, user, password, null, null);
    }

    /** @param deleteOnClose a throw-away home (tests) removed when the server stops, or null */
    static DatabaseServer embedded(EmbeddedDatabase db, PalermoHome deleteOnClose) {
        return new DatabaseServer(db.jdbcUrl(), db.user(), "", db, deleteOnClose);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
        if (deleteOnClose != null) {
            try (var paths = java.nio.file.Files.walk(deleteOnClose.root())) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                // a temporary directory left behind is harmless
            }
        }
    }
}
