package org.palermo.coding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Codes the three list fields (acts, means, purposes) from the cue lexicon: a code is given
 * when one of its cues occurs un-negated, with the first such cue as evidence.
 */
final class ProtocolElements<E extends Enum<E>> {

    private final String field;
    private final Class<E> type;
    private final List<Cue> cues;

    ProtocolElements(String field, Class<E> type, CueLexicon lexicon) {
        this.field = field;
        this.type = type;
        this.cues = lexicon.cues(field);
        for (Cue cue : cues) {
            Enum.valueOf(type, cue.code());
        }
    }

    /** Codes found, in declaration order, each with the quote of its first cue. */
    Map<E, Evidence> read(DecisionText text) {
        Map<E, Evidence> found = new EnumMap<>(type);
        Map<E, Integer> firstAt = new EnumMap<>(type);
        for (Cue cue : cues) {
            Matcher m = text.firstAffirmed(cue.pattern());
            if (m == null) {
                continue;
            }
            E code = Enum.valueOf(type, cue.code());
            Integer before = firstAt.get(code);
            if (before == null || m.start() < before) {
                firstAt.put(code, m.start());
                found.put(code, text.quote(m.start(), m.end()));
            }
        }
        return found;
    }

    String field() {
        return field;
    }

    static <E extends Enum<E>> List<E> codes(Map<E, Evidence> found) {
        return new ArrayList<>(found.keySet());
    }
}
