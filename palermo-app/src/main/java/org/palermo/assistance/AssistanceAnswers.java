package org.palermo.assistance;

import java.util.function.Supplier;

import org.palermo.answers.KeptAnswers;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses over all projects (overlap detection, the matrix), kept until a project changes: a change made
 * through this server is in the next answer, one made by another process within a second ({@link AssistanceVersion}).
 * They depend on projects only, the same for every reader.
 */
@Component
class AssistanceAnswers {

    private final KeptAnswers kept;

    AssistanceAnswers(JsonMapper mapper, AssistanceVersion version) {
        this.kept = new KeptAnswers(version, mapper, 32, 128L << 20);
    }

    <T> KeptAnswers.Kept<T> value(String key, Supplier<T> compute) {
        return kept.value(key, compute);
    }
}
