package org.palermo.patterns;

import java.util.Map;
import java.util.Optional;

import org.palermo.reference.Countries;
import org.palermo.reference.Gazetteer;

/**
 * Country names of the TIP-report edge lists → ISO 3166-1 alpha-3, through the shared gazetteer. The
 * few spellings of those files that the gazetteer does not know are aliased here rather than in the
 * gazetteer, because they are quirks of one data set ("Madagaskar", "Guinea Bissau" without hyphen):
 * <ul>
 *   <li>Guinea Bissau → GNB, Timor Leste → TLS (hyphen missing), Madagaskar → MDG (misspelt),
 *       St. Maarten → SXM (Sint Maarten, Dutch part).</li>
 * </ul>
 * Deliberately not aliased, so they are listed as unresolved: "Netherlands Antilles" (dissolved in
 * 2010; its code ANT left ISO 3166-1), "Tibet" (not a country of ISO 3166-1; mapping it to China would
 * put words in the source's mouth), and "Kosovo" (XKX is a user-assigned code outside ISO 3166-1).
 */
final class TipNames {

    static final Map<String, String> ALIASES = Map.of(
            "guinea bissau", "GNB",
            "timor leste", "TLS",
            "madagaskar", "MDG",
            "st. maarten", "SXM");

    /** The resolved code, or empty with the reason in {@link #whyNot}. */
    static Optional<String> iso3(String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String alias = ALIASES.get(n.toLowerCase(java.util.Locale.ROOT));
        if (alias != null) {
            return Optional.of(alias);
        }
        return Gazetteer.bundled().iso3(n).filter(code -> Countries.bundled().isKnown(code));
    }

    static String whyNot(String name) {
        if (name.isBlank()) {
            return "empty name";
        }
        return Gazetteer.bundled().iso3(name.strip())
                .map(code -> "resolves to " + code + ", which is not an ISO 3166-1 code")
                .orElse("not a country name the gazetteer knows");
    }

    private TipNames() {
    }
}
