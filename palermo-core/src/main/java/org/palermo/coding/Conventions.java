package org.palermo.coding;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coding conventions of the database that combine several findings (see package documentation):
 * debt bondage in labour exploitation is coded SERVITUDE as well as FORCED_LABOUR.
 */
final class Conventions {

    private static final Pattern DEBT = DecisionText.lowerPattern("\\b(?:smuggling )?debts?\\b|\\bindebted\\b|\\bpay(?:ing)? off\\b|\\brepa(?:y|id)\\b");

    void apply(DecisionText text, Map<Act, Evidence> acts, Map<Means, Evidence> means, Map<Purpose, Evidence> purposes) {
        if (purposes.containsKey(Purpose.FORCED_LABOUR) && !purposes.containsKey(Purpose.SEXUAL_EXPLOITATION)
                && !purposes.containsKey(Purpose.SERVITUDE)) {
            Matcher debt = text.firstAffirmed(DEBT);
            if (debt != null) {
                purposes.put(Purpose.SERVITUDE, text.quote(debt.start(), debt.end()));
            }
        }
    }
}
