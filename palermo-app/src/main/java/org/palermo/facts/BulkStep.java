package org.palermo.facts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One bulk accept: who, when, within which filter, at which threshold and how many facts it accepted;
 * once undone, who undid it, when, and how many facts went back to the suggestions.
 */
public record BulkStep(long id, String by, Instant at, BulkFilter filter, int facts,
                       @JsonProperty("undone_by") String undoneBy, @JsonProperty("undone_at") Instant undoneAt,
                       Integer restored) {

    public boolean undone() {
        return undoneAt != null;
    }
}
