package org.palermo.system;

import java.nio.file.Path;

/**
 * Where Palermo keeps its data: {@code --data-dir}, else {@code PALERMO_HOME}, else {@code ./palermo-data}.
 * The embedded PostgreSQL lives in {@code pgdata/} below it, the search index in {@code index/}.
 */
public record PalermoHome(Path root) {

    public static final String PROPERTY = "palermo.home";

    public static PalermoHome resolve(String explicit) {
        String value = explicit;
        if (value == null || value.isBlank()) {
            value = System.getProperty(PROPERTY);
        }
        if (value == null || value.isBlank()) {
            value = System.getenv("PALERMO_HOME");
        }
        if (value == null || value.isBlank()) {
            value = "palermo-data";
        }
        return new PalermoHome(Path.of(value).toAbsolutePath().normalize());
    }

    public Path pgdata() {
        return root.resolve("pgdata");
    }

    public Path index(String name) {
        return root.resolve("index").resolve(name);
    }

    /** Written by the process that started the embedded server, so others know to connect to it. */
    Path ownerFile() {
        return root.resolve("server-owner");
    }
}
