package org.palermo.extraction;

import java.util.List;

final class RoleRules {
    private RoleRules() {
    }

    static List<CountryRole> apply(Sentence s, ParagraphContext context, Hints hints, String version) {
        return List.of();
    }
}
