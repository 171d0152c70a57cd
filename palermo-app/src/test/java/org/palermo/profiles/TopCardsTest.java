package org.palermo.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checklist and assistance cards read the sections their modules give: amounts as a reader compares them,
 * years as a span, internal identifiers kept out of what is read, paths of this site (and only those) as links, and
 * a section of another shape left to the generic layout.
 */
class TopCardsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void amountsAreWholeUnitsBelowAMillionAndMillionsWithOneDecimalAbove() {
        assertThat(AssistanceCard.money(new BigDecimal("730000"), "USD")).isEqualTo("USD 730,000");
        assertThat(AssistanceCard.money(new BigDecimal("4999.6"), "EUR")).isEqualTo("EUR 5,000");
        assertThat(AssistanceCard.money(new BigDecimal("3349000"), "USD")).isEqualTo("USD 3.3 million");
        assertThat(AssistanceCard.money(new BigDecimal("12000000"), "USD")).isEqualTo("USD 12 million");
        assertThat(AssistanceCard.years(2001, 2008)).isEqualTo("2001–2008");
        assertThat(AssistanceCard.years(2005, 2005)).isEqualTo("2005");
        assertThat(AssistanceCard.years(null, null)).isNull();
    }

    @Test
    void theAssistanceCardShowsTitlesYearsAndBudgetsButNoIdentifier() {
        Map<String, Object> latest = new LinkedHashMap<>();
        latest.put("id", 4711);
        latest.put("identifier", "US-TIP-GRANT-2578");
        latest.put("title", "US anti-trafficking grant FY2008");
        latest.put("start_date", "2007-10-01");
        latest.put("end_date", "2008-09-30");
        latest.put("budget", 730000);
        latest.put("currency", "USD");
        latest.put("page", "/assistance/projects/4711");
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("projects", 2);
        s.put("first_year", 2007);
        s.put("last_year", 2026);
        s.put("budgets", Map.of("EUR", 90000, "USD", 3349000));
        s.put("by_pillar", Map.of("PROTECTION", 2, "PROSECUTION", 1));
        s.put("funders", List.of(Map.of("name", "United States Government", "projects", 1)));
        s.put("implementers", List.of());
        s.put("latest", List.of(latest));
        s.put("overlaps", 0);
        s.put("needs", 0);
        s.put("gaps", 0);
        s.put("page", "/assistance?country=NGA");
        s.put("overlaps_page", "/assistance/overlaps?country=NGA");
        s.put("gaps_page", "/assistance/gaps?country=NGA");

        AssistanceCard card = AssistanceCard.from(JSON.valueToTree(s)).orElseThrow();
        assertThat(card.budget()).isIn("EUR 90,000 + USD 3.3 million", "USD 3.3 million + EUR 90,000");
        assertThat(card.years()).isEqualTo("2007–2026");
        assertThat(card.byPillar()).extracting(AssistanceCard.PillarCount::label).as("the Framework's order")
                .containsExactly("Prosecution", "Protection");
        assertThat(card.latest()).containsExactly(new AssistanceCard.ProjectLine("US anti-trafficking grant FY2008", "2007–2008",
                "USD 730,000", "/assistance/projects/4711"));
        assertThat(card.toString()).doesNotContain("US-TIP-GRANT-2578");
    }

    @Test
    void onlyPathsOfThisSiteBecomeLinks() {
        LinkedText t = LinkedText.of("Its focal point answers at /checklist/NGA. See https://evil.example/x or //evil.example/y.");
        assertThat(t.parts()).filteredOn(p -> p.href() != null).extracting(LinkedText.Part::href).containsExactly("/checklist/NGA");
        assertThat(t.toString()).isEqualTo("Its focal point answers at /checklist/NGA. See https://evil.example/x or //evil.example/y.");
    }

    @Test
    void aSectionOfAnotherShapeIsLeftToTheGenericLayout() {
        assertThat(ChecklistCard.from(JSON.valueToTree(Map.of("round", "2026", "page", "/checklist/NGA")), "Nigeria")).isEmpty();
        assertThat(AssistanceCard.from(JSON.valueToTree(Map.of("projects", List.of(), "page", "/assistance")))).isEmpty();
    }

    @Test
    void aPillarsBarSaysInWordsWhatItShowsWithMarkupInNamesEscaped() {
        Map<String, Object> pillar = new LinkedHashMap<>();
        pillar.put("code", "PROSECUTION");
        pillar.put("name", "Prosecution <b>");
        pillar.put("measures", 5);
        pillar.put("answered", 1);
        pillar.put("progress", 0.2);
        pillar.put("subregion_average", 0.1);
        pillar.put("region_average", null);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("page", "/checklist/NGA");
        s.put("round", Map.of("name", "2025", "opened_at", "2025-03-01T10:00:00Z"));
        s.put("pillars", List.of(pillar));
        s.put("comparison", List.of(Map.of("level", "subregion", "name", "Sub-Saharan Africa", "countries", 1),
                Map.of("level", "region", "name", "Africa", "countries", 0)));
        ChecklistCard card = ChecklistCard.from(JSON.valueToTree(s), "Nigeria").orElseThrow();
        assertThat(card.region()).as("no other country of the region answered: no column").isNull();
        ChecklistCard.PillarRow row = card.pillars().get(0);
        assertThat(row.progress()).isEqualTo("20%");
        assertThat(row.says()).isEqualTo("Prosecution <b>: Nigeria 20%; Sub-Saharan Africa mean 10%");
        assertThat(row.bar()).contains("aria-label=\"Prosecution &lt;b&gt;: Nigeria 20%").doesNotContain("<b>");
        assertThat(card.date()).isEqualTo("2025-03-01");
        assertThat(card.dateKind()).isEqualTo("opened");
    }
}
