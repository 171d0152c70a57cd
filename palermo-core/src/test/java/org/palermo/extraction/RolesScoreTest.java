package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The roles score follows CONTRACTS.md §2 and score_facts.py roles: sets per document, micro-averaged. */
class RolesScoreTest {

    private static final String GOLD = "{\"id\": \"d1\", \"country\": \"NGA\", \"roles\": [\"ORIGIN\"], "
            + "\"forms\": [\"SEXUAL_EXPLOITATION\", \"FORCED_LABOUR\"], \"victim_groups\": [\"WOMEN\"], "
            + "\"destination_countries\": [\"ITA\", \"ESP\"]}";

    @Test
    void setsOfTheDocumentsCountryAreScored() {
        Evidence e = new Evidence("q", 0, 1, null, 0.7, "test", "v");
        List<CountryRole> facts = List.of(
                new CountryRole("NGA", Role.ORIGIN, "ITA", List.of(Form.SEXUAL_EXPLOITATION), List.of(VictimGroup.WOMEN), e),
                new CountryRole("NGA", Role.TRANSIT, null, List.of(), List.of(VictimGroup.GIRLS), e),
                // the other end of a flow names a destination of the document's country too
                new CountryRole("LBY", Role.DESTINATION, "NGA", List.of(Form.BEGGING), List.of(), e),
                // facts about other countries count for nothing
                new CountryRole("ITA", Role.DESTINATION, "ROU", List.of(Form.FORCED_LABOUR), List.of(), e));

        RolesScore.Result r = RolesScore.score(Map.of("d1", facts), RolesScore.readGold(List.of(GOLD, "")));

        assertThat(r.of(RolesScore.Kind.ROLES)).isEqualTo(new Counts(1, 2, 1));
        assertThat(r.of(RolesScore.Kind.FORMS)).isEqualTo(new Counts(1, 1, 2));
        assertThat(r.of(RolesScore.Kind.VICTIM_GROUPS)).isEqualTo(new Counts(1, 2, 1));
        assertThat(r.of(RolesScore.Kind.ORIGIN_COUNTRIES)).isEqualTo(new Counts(0, 0, 0));
        assertThat(r.of(RolesScore.Kind.DESTINATION_COUNTRIES)).isEqualTo(new Counts(1, 2, 2));
        assertThat(r.counterparts().f1()).isEqualTo(0.5);
        assertThat(r.of(RolesScore.Kind.ROLES).precision()).isEqualTo(0.5);
        assertThat(r.summary()).contains("roles", "P=0.50 R=1.00 F1=0.67");
    }

    @Test
    void aDocumentWithoutFactsCountsItsGoldAsMissed() {
        RolesScore.Result r = RolesScore.score(Map.of(), RolesScore.readGold(List.of(GOLD)));
        assertThat(r.of(RolesScore.Kind.FORMS)).isEqualTo(new Counts(0, 0, 2));
        assertThat(r.of(RolesScore.Kind.FORMS).f1()).isZero();
    }

    @Test
    void aBadGoldLineIsNamed() {
        assertThatThrownBy(() -> RolesScore.readGold(List.of(GOLD, "{\"id\": \"d2\"}")))
                .hasMessageContaining("line 2");
    }
}
