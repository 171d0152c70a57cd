package org.palermo.coding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organized criminal group in the Convention's sense (three or more persons acting in concert):
 * "ring", "network", "cartel", "criminal organization", or three or more defendants or
 * co-conspirators named as such. Never false: the database leaves the field blank otherwise.
 */
final class OrganizedGroup {

    private static final Pattern CUE = DecisionText.lowerPattern(
            "\\b(?:prostitution |trafficking |sex |smuggling |criminal )?(?:ring|network|cartel|syndicate|gang|mafia)s?\\b"
                    + "|\\b(?:organi[sz]ed crime|organi[sz]ed criminal group|criminal (?:organi[sz]ation|enterprise|group))\\b"
                    + "|\\b(?:all )?(?:three|four|five|six|seven|eight|nine|ten|[3-9]|\\d{2}) (?:of the )?(?:co-?)?(?:defendants|men|co-?conspirators|traffickers|accused)\\b"
                    + "|\\bsix defendants\\b");

    Reading<Boolean> read(DecisionText text) {
        Matcher m = text.firstAffirmed(CUE);
        return m == null ? Reading.none() : Reading.of(true, text.quote(m.start(), m.end()));
    }
}
