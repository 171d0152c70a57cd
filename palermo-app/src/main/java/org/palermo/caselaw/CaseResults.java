package org.palermo.caselaw;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of search results. {@code facets} has, for every dimension, the values found and their
 * counts: for a dimension the search filters on, the counts are those the search would have without
 * that one filter (so the other choices stay visible); for all others, counts among the hits.
 */
public record CaseResults(
        long total,
        int page,
        int size,
        String q,
        Map<String, List<String>> filters,
        String order,
        List<CaseHit> hits,
        Map<String, List<FacetCount>> facets) {

    /** One decision found, with its coding as it counts now and highlighted passages (HTML-escaped text, {@code <mark>} tags). */
    public record CaseHit(
            String id,
            String name,
            String court,
            String jurisdiction,
            @JsonProperty("decision_date") String decisionDate,
            @JsonProperty("decision_date_text") String decisionDateText,
            Integer year,
            String level,
            Map<String, List<String>> coding,
            @JsonProperty("coding_status") String codingStatus,
            List<String> highlights,
            float score) {
    }

    public record FacetCount(String value, long count) {
    }

    @JsonProperty("pages")
    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
