package org.palermo.caselaw;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One decision with its text and every coded value (rejected ones included, marked so). */
public record DecisionView(
        String id,
        String jurisdiction,
        String court,
        String name,
        @JsonProperty("case_number") String caseNumber,
        @JsonProperty("decision_date") LocalDate decisionDate,
        Integer year,
        @JsonProperty("decision_date_text") String decisionDateText,
        @JsonProperty("date_warning") String dateWarning,
        String level,
        String outcome,
        String sentences,
        @JsonProperty("source_url") String sourceUrl,
        @JsonProperty("document_id") long documentId,
        @JsonProperty("human_coded") boolean humanCoded,
        String text,
        List<CodedValue> coding) {

    /** The values of one field that count. */
    public List<CodedValue> values(String field) {
        return coding.stream().filter(c -> c.field().equals(field) && c.counts()).toList();
    }

    public long suggestions() {
        return coding.stream().filter(c -> "SUGGESTED".equals(c.status())).count();
    }
}
