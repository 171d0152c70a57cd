package org.palermo.extraction;

import java.util.List;

final class EventRules {
    private EventRules() {
    }

    static List<Event> apply(Sentence s, List<PeriodReader.Stated> periods, ParagraphContext context, Hints hints,
            String version) {
        return List.of();
    }
}
