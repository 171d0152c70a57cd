package org.palermo.extraction;

import java.util.Map;

/** A fact proposed by the extractor, tied to the words it came from. */
public sealed interface Fact permits Statistic, CountryRole, Event {

    /** "statistic", "country_role" or "event". */
    String type();

    Evidence evidence();

    /** The JSON object of CONTRACTS.md §2 for this fact in document {@code doc} (plus {@code rule}, {@code extractor}). */
    default Map<String, Object> toJson(String doc) {
        return FactJson.of(doc, this);
    }
}
