package org.palermo.facts;

/** A filter over facts; null fields do not filter. */
public record FactQuery(Long document, String country, String type, String status, double minConfidence, int limit, int offset) {

    public static FactQuery suggestions() {
        return new FactQuery(null, null, null, "SUGGESTED", 0, 200, 0);
    }
}
