package org.palermo.registries;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A country's tier in one US TIP report year; {@code tier} null when the report gave none (special case, not
 * ranked, not coded), {@code recorded} false when the registry has no row for that year at all.
 */
public record TierYear(int year, Tier tier, @JsonProperty("special_case") boolean specialCase, boolean recorded, String source,
                       String note) {

    @JsonProperty("label")
    public String label() {
        return tier != null ? tier.label() : specialCase ? "Special case" : recorded ? "No tier" : "No record";
    }
}
