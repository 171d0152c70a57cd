package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoleRulesTest {

    @Test
    void declaredRolesWithFormsAndGroups() {
        List<CountryRole> roles = TestSentences.roles("Mexico is a large source, transit, and destination country for "
                + "men, women, and children subjected to sex trafficking and forced labor.", Hints.none());
        assertThat(roles).extracting(CountryRole::country, CountryRole::role).containsExactly(
                tuple("MEX", Role.ORIGIN), tuple("MEX", Role.TRANSIT), tuple("MEX", Role.DESTINATION));
        assertThat(roles.get(0).forms()).containsExactly(Form.SEXUAL_EXPLOITATION, Form.FORCED_LABOUR);
        assertThat(roles.get(0).victimGroups()).containsExactly(VictimGroup.WOMEN, VictimGroup.MEN, VictimGroup.CHILDREN);
        assertThat(roles.get(0).evidence().rule()).isEqualTo(RoleRules.DECLARED);
    }

    @Test
    void flowsFromDemonymsAndPlaces() {
        List<CountryRole> roles = TestSentences.roles("Nigerian women are trafficked to Italy for sexual exploitation.",
                Hints.none());
        assertThat(roles).extracting(CountryRole::country, CountryRole::role, CountryRole::counterpart)
                .containsExactly(tuple("NGA", Role.ORIGIN, "ITA"), tuple("ITA", Role.DESTINATION, "NGA"));
        assertThat(TestSentences.roles("Victims from Burma are exploited in Thailand in debt bondage.", Hints.none()))
                .extracting(CountryRole::country, CountryRole::role, CountryRole::counterpart)
                .contains(tuple("MMR", Role.ORIGIN, "THA"), tuple("THA", Role.DESTINATION, "MMR"));
    }

    @Test
    void theDocumentsCountryCompletesAFlow() {
        Hints khm = new Hints("KHM");
        assertThat(TestSentences.roles("Women and girls from Viet Nam and China are exploited in commercial sex.", khm))
                .extracting(CountryRole::country, CountryRole::role, CountryRole::counterpart)
                .contains(tuple("KHM", Role.DESTINATION, "VNM"), tuple("KHM", Role.DESTINATION, "CHN"));
        assertThat(TestSentences.roles("Cambodian men are subjected to forced labor on fishing vessels in Thailand and Malaysia.", khm))
                .extracting(CountryRole::country, CountryRole::role, CountryRole::counterpart)
                .contains(tuple("KHM", Role.ORIGIN, "THA"), tuple("KHM", Role.ORIGIN, "MYS"));
    }

    @Test
    void internalTraffickingInThreeLanguages() {
        assertThat(TestSentences.roles("Internal trafficking from rural to urban areas is a concern.", new Hints("NPL")))
                .extracting(CountryRole::country, CountryRole::role).contains(tuple("NPL", Role.INTERNAL));
        assertThat(TestSentences.roles("La trata interna de niñas con fines de explotación sexual persiste.", new Hints("GTM")))
                .extracting(CountryRole::role, CountryRole::forms).contains(tuple(Role.INTERNAL, List.of(Form.SEXUAL_EXPLOITATION)));
        assertThat(TestSentences.roles("Le Niger est un pays d'origine, de transit et de destination pour les enfants "
                + "victimes de mendicité forcée.", Hints.none()))
                .extracting(CountryRole::country, CountryRole::role).contains(tuple("NER", Role.ORIGIN),
                        tuple("NER", Role.TRANSIT), tuple("NER", Role.DESTINATION));
    }

    @Test
    void flowsInSpanishAndFrench() {
        assertThat(TestSentences.roles("Mujeres y niñas guatemaltecas son explotadas en México y Estados Unidos.", Hints.none()))
                .extracting(CountryRole::country, CountryRole::role, CountryRole::counterpart)
                .contains(tuple("GTM", Role.ORIGIN, "MEX"), tuple("GTM", Role.ORIGIN, "USA"));
        assertThat(TestSentences.roles("Des femmes venant du Bénin et d'Haïti sont exploitées au Niger.", Hints.none()))
                .extracting(CountryRole::country, CountryRole::role, CountryRole::counterpart)
                .contains(tuple("NER", Role.DESTINATION, "BEN"), tuple("NER", Role.DESTINATION, "HTI"));
    }

    @Test
    void noRoleWithoutTrafficking() {
        assertThat(TestSentences.roles("Italy and France signed a trade agreement.", Hints.none())).isEmpty();
    }
}
