package org.palermo.patterns;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The banding of the citation index: a country reported by at least {@code veryHigh} distinct sources
 * is VERY_HIGH, and so on down to VERY_LOW (at least one source). UNODC's "Trafficking in Persons:
 * Global Patterns" (2006) banded its counts into these five levels; the cut-offs are configuration
 * ({@code palermo.patterns.citation.*}) because they depend on how many sources the database holds.
 * The defaults suit the bundled data (16 TIP report editions and the UN seed documents): a country
 * named in most editions is VERY_HIGH, one named once is VERY_LOW.
 */
@Component
public class CitationBands {

    private final int veryHigh;
    private final int high;
    private final int medium;
    private final int low;

    CitationBands(@Value("${palermo.patterns.citation.very-high:12}") int veryHigh,
                  @Value("${palermo.patterns.citation.high:8}") int high,
                  @Value("${palermo.patterns.citation.medium:4}") int medium,
                  @Value("${palermo.patterns.citation.low:2}") int low) {
        if (!(veryHigh > high && high > medium && medium > low && low > 1)) {
            throw new IllegalStateException("palermo.patterns.citation thresholds must fall: very-high > high > medium > low > 1");
        }
        this.veryHigh = veryHigh;
        this.high = high;
        this.medium = medium;
        this.low = low;
    }

    public String level(int sources) {
        if (sources >= veryHigh) {
            return "VERY_HIGH";
        }
        if (sources >= high) {
            return "HIGH";
        }
        if (sources >= medium) {
            return "MEDIUM";
        }
        return sources >= low ? "LOW" : "VERY_LOW";
    }

    /** Level → the range of source counts it covers, for the legend next to every result. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("VERY_HIGH", veryHigh + " or more sources");
        m.put("HIGH", high + "–" + (veryHigh - 1) + " sources");
        m.put("MEDIUM", medium + "–" + (high - 1) + " sources");
        m.put("LOW", low + "–" + (medium - 1) + " sources");
        m.put("VERY_LOW", low == 2 ? "1 source" : "1–" + (low - 1) + " sources");
        return m;
    }
}
