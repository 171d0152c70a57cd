package org.palermo.statistics;

import org.palermo.answers.LiveVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the published statistics, bumped by the database in the same transaction as any change to
 * the observations (V12: a GLOTIP import, a publication). A change made through this server is in the very
 * next answer; one made by another process on the same database within {@value #RECHECK_MILLIS} ms.
 */
@Component
class DataVersion extends LiveVersion {

    DataVersion(JdbcClient jdbc) {
        super(jdbc, "stat_data_version");
    }
}
