package org.palermo.profiles;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contributed sections the top of a profile lays out (the page and the country report alike): the checklist and
 * assistance cards when their sections have the shape those modules give them, else each laid out generically
 * ({@link SectionView}); {@code null} where a module contributes nothing.
 */
public record TopSections(ChecklistCard checklist, AssistanceCard assistance, Map<String, SectionView> generic) {

    static final String CHECKLIST = "checklist";
    static final String ASSISTANCE = "assistance";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static TopSections of(CountryProfile p) {
        Map<String, SectionView> generic = new LinkedHashMap<>();
        ChecklistCard checklist = null;
        AssistanceCard assistance = null;
        Object c = p.sections().get(CHECKLIST);
        if (c != null) {
            checklist = ChecklistCard.from(tree(c), p.name()).orElse(null);
            if (checklist == null) {
                generic.put(CHECKLIST, SectionView.of(CHECKLIST, c));
            }
        }
        Object a = p.sections().get(ASSISTANCE);
        if (a != null) {
            assistance = AssistanceCard.from(tree(a)).orElse(null);
            if (assistance == null) {
                generic.put(ASSISTANCE, SectionView.of(ASSISTANCE, a));
            }
        }
        return new TopSections(checklist, assistance, generic);
    }

    private static JsonNode tree(Object section) {
        return JSON.valueToTree(section);
    }
}
