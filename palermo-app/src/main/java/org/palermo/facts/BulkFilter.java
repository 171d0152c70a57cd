package org.palermo.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.system.InvalidInputException;

/**
 * What a bulk accept takes: the queue's filter (document, country, type; null does not filter) and the
 * confidence at or above which undecided suggestions are accepted.
 */
public record BulkFilter(Long document, String country, String type,
                         @JsonProperty("min_confidence") Double minConfidence) {

    /** Checks the threshold: required, above 0 (accepting everything is not a bulk step) and at most 1. */
    public BulkFilter {
        if (minConfidence == null) {
            throw new InvalidInputException("min_confidence", "min_confidence is required: the confidence at or above which to accept");
        }
        if (!(minConfidence > 0 && minConfidence <= 1)) {
            throw new InvalidInputException("min_confidence", "min_confidence must be above 0 and at most 1");
        }
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase();
        type = type == null || type.isBlank() ? null : type.strip();
    }

    /** In words, for the page and the audit trail. */
    public String describe() {
        StringBuilder s = new StringBuilder("confidence ≥ ").append(minConfidence);
        if (document != null) {
            s.append(", document ").append(document);
        }
        if (country != null) {
            s.append(", country ").append(country);
        }
        if (type != null) {
            s.append(", type ").append(type);
        }
        return s.toString();
    }
}
