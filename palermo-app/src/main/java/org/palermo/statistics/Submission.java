package org.palermo.statistics;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A country's statistics for one year as submitted by its focal point, with its workflow state, the
 * figures, every step taken (who, when, what changed) and, once published, what changed since.
 */
public record Submission(
        long id,
        String country,
        @JsonProperty("country_name") String countryName,
        int year,
        String status,
        int revision,
        String comment,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_by") String updatedBy,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("published_at") Instant publishedAt,
        List<SubmissionValue> values,
        @JsonProperty("changes_since_published") List<Change> changesSincePublished,
        List<Event> history) {

    /** A figure that differs from what is published; {@code before} null for a new one, {@code after} null for a removed one. */
    public record Change(String indicator, String dimension, String category, String sex, String age, Long before, Long after) {
    }

    public record Event(Instant at, String actor, String action, @JsonProperty("from_status") String fromStatus,
                        @JsonProperty("to_status") String toStatus, int revision, String comment, String changes) {
    }

    /** One line of a list of submissions. */
    public record Summary(long id, String country, @JsonProperty("country_name") String countryName, int year, String status,
                          int revision, int values, @JsonProperty("updated_by") String updatedBy,
                          @JsonProperty("updated_at") Instant updatedAt) {
    }
}
