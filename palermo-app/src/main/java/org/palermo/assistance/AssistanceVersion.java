package org.palermo.assistance;

import org.palermo.answers.LiveVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The version of the registry's projects (V76): overlaps and the matrix are kept until it changes. */
@Component
class AssistanceVersion extends LiveVersion {

    AssistanceVersion(JdbcClient jdbc) {
        super(jdbc, "assistance_data_version");
    }
}
