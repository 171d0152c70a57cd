package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Country roles on the hand-annotated passages of {@code narrative-roles.jsonl} (see its NOTICE), scored as
 * CONTRACTS.md §2 says. The floors sit below the figures measured on the dev part (roles 0.90, forms
 * 0.83, victim groups 0.91, counterparts 0.95 when this test was written), so that a rule change that
 * loses ground fails the build; the test part is not asserted on, it is only reported.
 */
class NarrativeRolesTest {

    @Test
    void rolesFormsGroupsAndCounterpartsHoldOnTheDevPassages() throws IOException {
        List<RolesScore.GoldDocument> dev = gold().stream().filter(d -> "dev".equals(d.split())).toList();
        assertThat(dev).hasSize(43);

        RolesScore.Result r = RolesScore.score(extract(dev), dev);

        assertThat(r.of(RolesScore.Kind.ROLES).f1()).as(r.summary()).isGreaterThanOrEqualTo(0.80);
        assertThat(r.of(RolesScore.Kind.FORMS).f1()).as(r.summary()).isGreaterThanOrEqualTo(0.75);
        assertThat(r.of(RolesScore.Kind.VICTIM_GROUPS).f1()).as(r.summary()).isGreaterThanOrEqualTo(0.80);
        assertThat(r.counterparts().f1()).as(r.summary()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void devPassagesThatStateNoRoleGetNone() throws IOException {
        List<RolesScore.GoldDocument> negatives = gold().stream().filter(d -> "dev".equals(d.split()))
                .filter(d -> d.sets().values().stream().allMatch(java.util.Set::isEmpty)).toList();
        assertThat(negatives).hasSize(6);
        RolesScore.Result r = RolesScore.score(extract(negatives), negatives);
        // policy, risk and bare mentions of a country near trafficking: at most one of the six gets a role
        assertThat(r.documents().stream().filter(d -> !d.predicted().get(RolesScore.Kind.ROLES).isEmpty()).count())
                .as(r.summary()).isLessThanOrEqualTo(1);
    }

    private static Map<String, List<CountryRole>> extract(List<RolesScore.GoldDocument> docs) {
        Extractor extractor = new Extractor();
        Map<String, List<CountryRole>> predicted = new HashMap<>();
        for (RolesScore.GoldDocument d : docs) {
            List<CountryRole> roles = new ArrayList<>();
            for (Fact f : extractor.extract(d.text(), new Hints(d.country()))) {
                if (f instanceof CountryRole role) {
                    assertThat(d.text().substring(role.evidence().start(), role.evidence().end()))
                            .isEqualTo(role.evidence().quote());
                    roles.add(role);
                }
            }
            predicted.put(d.id(), roles);
        }
        return predicted;
    }

    private static List<RolesScore.GoldDocument> gold() throws IOException {
        try (InputStream in = NarrativeRolesTest.class.getClassLoader()
                .getResourceAsStream("extraction/narrative-roles.jsonl")) {
            return RolesScore.readGold(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }
}
