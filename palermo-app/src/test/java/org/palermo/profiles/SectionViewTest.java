package org.palermo.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Sections other modules contribute are laid out without knowing their shape: progress by pillar as bars (a share,
 * or a part of a total), lists of records as tables, values as lines, their source and link apart; a link that
 * leaves the site is shown as text, never as a link.
 */
class SectionViewTest {

    @Test
    void progressByPillarBecomesBarsWhetherGivenAsAShareOrAsAPartOfATotal() {
        Map<String, Object> checklist = new LinkedHashMap<>();
        checklist.put("round", "2026");
        checklist.put("pillars", List.of(
                ordered("pillar", "Prosecution", "implemented", 3, "measures", 12),
                ordered("pillar", "Protection", "implemented", 6, "measures", 12)));
        checklist.put("source", "answers of the national focal point");
        checklist.put("page", "/checklist/NGA");
        SectionView v = SectionView.of("checklist", checklist);
        assertThat(v.tables()).hasSize(1);
        assertThat(v.tables().get(0).bars()).extracting(SectionView.Bar::label).containsExactly("Prosecution", "Protection");
        assertThat(v.tables().get(0).bars().get(0).text()).isEqualTo("3 of 12");
        assertThat(v.tables().get(0).bars().get(1).percent()).isEqualTo(50);
        assertThat(v.source()).isEqualTo("answers of the national focal point");
        assertThat(v.link()).isEqualTo("/checklist/NGA");
        assertThat(v.lines()).extracting(SectionView.Line::label).containsExactly("Round");

        SectionView shares = SectionView.of("checklist", Map.of("by_pillar", List.of(ordered("name", "Prevention", "progress", 0.25))));
        assertThat(shares.tables().get(0).bars().get(0).percent()).isEqualTo(25);
    }

    @Test
    void projectsAndDonorsBecomeTablesAndForeignLinksStayText() {
        Map<String, Object> assistance = new LinkedHashMap<>();
        assistance.put("projects", List.of(
                ordered("title", "Shelter support", "funder", "US Department of State", "year", 2005, "budget_usd", 300000),
                ordered("title", "Police training", "funder", "UNODC", "year", 2007, "budget_usd", 120000)));
        assistance.put("donors", List.of("US Department of State", "UNODC"));
        assistance.put("page", "https://evil.example/x");
        SectionView v = SectionView.of("assistance", assistance);
        assertThat(v.tables()).hasSize(1);
        assertThat(v.tables().get(0).columns()).containsExactly("Title", "Funder", "Year", "Budget usd");
        assertThat(v.tables().get(0).rows().get(1)).containsExactly("Police training", "UNODC", "2007", "120000");
        assertThat(v.tables().get(0).bars()).isEmpty();
        assertThat(v.lines()).extracting(SectionView.Line::value).contains("US Department of State, UNODC", "https://evil.example/x");
        assertThat(v.lines()).allMatch(l -> l.href() == null);
        assertThat(v.link()).isNull();
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
