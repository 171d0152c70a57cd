package org.palermo.statistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the published statistics, bumped by the database in the same transaction as any
 * change to the observations (V12). Read once per request (a one-row primary-key lookup), it lets
 * caches serve an answer only for the data it was computed from, also after an import by the command
 * line into the database a running server uses.
 */
@Component
class DataVersion {

    private final JdbcClient jdbc;

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return jdbc.sql("select version from stat_data_version").query(Long.class).single();
    }
}
