package org.palermo.profiles;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Everything known about one country, each part with its basis: which facts (reviewed or also
 * suggestions), which sources. {@code overview} is what a reader grasps in a minute (Protocol standing, tiers,
 * trends, counterparts, institutions…); the rest is the detail. Modules downstream of facts add their own
 * sections through {@link ProfileSection} beans (statistics, case law, checklist, assistance…).
 */
public record CountryProfile(
        String iso3, String iso2, String name, String region, String subregion,
        Hdi hdi,
        ProfileOverview overview,
        @JsonProperty("facts_basis") String factsBasis,
        List<RoleSummary> roles,
        List<EventItem> events,
        @JsonProperty("what_the_sources_say") List<SourceSays> whatTheSourcesSay,
        List<SourceCount> sources,
        Map<String, Object> sections) {

    public record Hdi(Integer year, Double value) {
    }

    /** How many distinct sources report the country in a role, and the counterparts they name. */
    public record RoleSummary(String role, int sources, int facts, @JsonProperty("reviewed_facts") int reviewedFacts,
                              List<String> counterparts, List<String> forms, @JsonProperty("first_year") Integer firstYear,
                              @JsonProperty("last_year") Integer lastYear) {
    }

    public record EventItem(@JsonProperty("fact_id") long factId, String event, String date, String quote, String source,
                            @JsonProperty("document_id") Long documentId, String paragraph, boolean reviewed) {
    }

    public record SourceSays(@JsonProperty("fact_id") long factId, String type, String summary, String quote, String source,
                             @JsonProperty("document_id") Long documentId, String paragraph, boolean reviewed) {
    }

    public record SourceCount(@JsonProperty("source_type") String sourceType, int sources) {
    }
}
