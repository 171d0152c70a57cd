package org.palermo.registries;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one source says about one country's participation in the Protocol, dated by an interval: a day
 * ({@code from == to}), a month or a year ("ratified in 2011": 2011-01-01 to 2011-12-31).
 *
 * @param id         the registry entry, or null for a reviewed fact read from the facts module
 * @param factId     the fact it comes from, when it comes from one
 * @param documentId the document holding the quote, when Palermo holds it
 * @param anchor     the paragraph anchor of the quote in that document ("p2", "b22"), when known
 */
public record TreatyEntry(
        Long id,
        String country,
        String instrument,
        TreatyAction action,
        @JsonProperty("date_from") LocalDate from,
        @JsonProperty("date_to") LocalDate to,
        String date,
        String source,
        @JsonProperty("source_kind") SourceKind sourceKind,
        String document,
        @JsonProperty("document_id") Long documentId,
        String anchor,
        String location,
        String quote,
        @JsonProperty("listed_as") String listedAs,
        String url,
        String note,
        @JsonProperty("fact_id") Long factId,
        @JsonProperty("entered_by") String enteredBy,
        @JsonProperty("entered_at") Instant enteredAt,
        @JsonProperty("retracted_at") Instant retractedAt,
        @JsonProperty("retracted_by") String retractedBy,
        @JsonProperty("retraction_reason") String retractionReason) {

    @JsonProperty("retracted")
    public boolean retracted() {
        return retractedAt != null;
    }

    /** The date as the source gives it: "2011-01-11", "2011-01" or "2011". */
    public static String dateText(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return from.toString();
        }
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return from.toString().substring(0, 7);
        }
        if (from.getDayOfYear() == 1 && to.getYear() == from.getYear() && to.getMonthValue() == 12 && to.getDayOfMonth() == 31) {
            return String.valueOf(from.getYear());
        }
        return from + "/" + to;
    }

    /** A link to the words in the document reader when Palermo holds the document, else the source's address. */
    @JsonProperty("link")
    public String link() {
        if (documentId == null) {
            return url;
        }
        return "/documents/" + documentId + (factId != null ? "?fact=" + factId : "") + (anchor != null ? "#" + anchor : "");
    }

    TreatyEntry withDocument(Long id, String anchor) {
        return new TreatyEntry(this.id, country, instrument, action, from, to, date, source, sourceKind, document, id, anchor,
                location, quote, listedAs, url, note, factId, enteredBy, enteredAt, retractedAt, retractedBy, retractionReason);
    }
}
