package org.palermo.patterns;

import org.palermo.answers.LiveVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of what the analyses are computed from, bumped by the database in the same transaction as every
 * change to facts or sources (V40): a review decision, an extraction run, an import.
 */
@Component
class FactsVersion extends LiveVersion {

    FactsVersion(JdbcClient jdbc) {
        super(jdbc, "patterns_data_version");
    }
}
