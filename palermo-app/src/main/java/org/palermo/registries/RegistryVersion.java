package org.palermo.registries;

import org.palermo.answers.LiveVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The version of the registries' data, bumped by the database with every change to them (V60, V61). */
@Component
class RegistryVersion extends LiveVersion {

    RegistryVersion(JdbcClient jdbc) {
        super(jdbc, "registry_data_version");
    }
}
