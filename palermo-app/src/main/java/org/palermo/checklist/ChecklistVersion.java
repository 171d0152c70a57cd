package org.palermo.checklist;

import org.palermo.answers.LiveVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the checklists' data (V72): the profile's checklist section is kept until it changes. An answer
 * saved through this server is in the very next profile; one saved by another process within a second.
 */
@Component
class ChecklistVersion extends LiveVersion {

    ChecklistVersion(JdbcClient jdbc) {
        super(jdbc, "checklist_data_version");
    }
}
