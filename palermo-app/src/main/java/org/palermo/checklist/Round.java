package org.palermo.checklist;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reporting round of one checklist, worded by one of its versions. OPEN: focal points answer, nothing is
 * public yet; PUBLISHED: submitted answers are public and an answer changed now shows at once; CLOSED: no
 * more changes (its answers stay public if it was published).
 */
public record Round(long id, String checklist, @JsonProperty("version_id") long versionId,
                    @JsonProperty("version") String versionLabel, String name,
                    @JsonProperty("opened_at") Instant openedAt, @JsonProperty("opened_by") String openedBy,
                    @JsonProperty("published_at") Instant publishedAt, @JsonProperty("closed_at") Instant closedAt) {

    @JsonProperty("status")
    public String status() {
        return closedAt != null ? "CLOSED" : publishedAt != null ? "PUBLISHED" : "OPEN";
    }

    public boolean published() {
        return publishedAt != null;
    }

    public boolean closed() {
        return closedAt != null;
    }
}
