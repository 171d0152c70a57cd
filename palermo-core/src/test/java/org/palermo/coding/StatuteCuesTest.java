package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The purposes and acts a US statute cited by section stands for, and exploitation described rather
 * than named. Sentences written for this test in the style of US case summaries.
 */
class StatuteCuesTest {

    private static CaseLabels code(String s) {
        return new CaseCoder().code("t", s).labels();
    }

    @Test
    void sexTraffickingBySection() {
        CaseLabels l = code("The defendant was convicted under 18 U.S.C. § 1591(a) and sentenced to 20 years.");
        assertThat(l.purposes()).containsExactly(Purpose.SEXUAL_EXPLOITATION);
    }

    @Test
    void forcedLabourAndServitudeInAListOfSections() {
        CaseLabels l = code("A jury found the defendants guilty of violating 18 U.S.C. §§ 1584 and 1589.");
        assertThat(l.purposes()).containsExactlyInAnyOrder(Purpose.FORCED_LABOUR, Purpose.SERVITUDE);
    }

    @Test
    void peonageIsSlavery() {
        CaseLabels l = code("He pleaded guilty to holding the workers in peonage, in violation of Section 1581.");
        assertThat(l.purposes()).contains(Purpose.SLAVERY);
    }

    @Test
    void transportationOfAMinorForProstitution() {
        CaseLabels l = code("The defendant was charged under 18 U.S.C. 2423(a) after driving the girl from Texas to Oklahoma.");
        assertThat(l.purposes()).contains(Purpose.SEXUAL_EXPLOITATION);
        assertThat(l.acts()).contains(Act.TRANSPORTATION);
    }

    @Test
    void traffickingForLabourBySectionOrName() {
        assertThat(code("The defendant was convicted under 18 U.S.C. § 1590 of trafficking the workers from Thailand.").purposes())
                .contains(Purpose.FORCED_LABOUR);
        assertThat(code("He was convicted of labor trafficking and sentenced to ten years.").purposes()).containsExactly(Purpose.FORCED_LABOUR);
    }

    @Test
    void sexualExploitationOfChildrenBySectionOrName() {
        assertThat(code("She pleaded guilty to violating 18 U.S.C. § 2251(a) and was sentenced to 15 years.").purposes())
                .containsExactly(Purpose.SEXUAL_EXPLOITATION);
        assertThat(code("Agents found child pornography on his computer.").purposes()).containsExactly(Purpose.SEXUAL_EXPLOITATION);
    }

    @Test
    void labourDescribedInOtherWords() {
        assertThat(code("The victims were made to work in a bar where they were required to drink with customers.").purposes())
                .contains(Purpose.FORCED_LABOUR);
        assertThat(code("She cooked, cleaned and cared for the couple's children from early morning to late at night.").purposes())
                .contains(Purpose.FORCED_LABOUR);
        // Made to work as prostitutes is sexual exploitation, not forced labour.
        assertThat(code("The girls were made to work as prostitutes in Houston.").purposes()).containsExactly(Purpose.SEXUAL_EXPLOITATION);
    }

    @Test
    void organRemovalIsAnotherPurpose() {
        assertThat(code("The defendant's scheme involved the removal of kidneys from poor donors.").purposes()).contains(Purpose.OTHER);
    }

    @Test
    void debtBondageIsServitude() {
        assertThat(code("The workers were held in debt bondage on the farm.").purposes()).contains(Purpose.SERVITUDE);
    }

    @Test
    void aNumberThatIsNoSectionIsNothing() {
        CaseLabels l = code("The defendant paid 1591 dollars for the car.");
        assertThat(l.purposes()).isEmpty();
    }

    @Test
    void sexForMoneyDescribed() {
        CaseLabels l = code("The girls were made to have sex with customers at a house in Queens and to hand over the money.");
        assertThat(l.purposes()).contains(Purpose.SEXUAL_EXPLOITATION);
    }

    @Test
    void workDescribed() {
        CaseLabels l = code("The women worked sixteen hours a day in the garment shop and received little or no pay.");
        assertThat(l.purposes()).contains(Purpose.FORCED_LABOUR);
    }

    @Test
    void everyLabelHasItsQuote() {
        CodedCase c = new CaseCoder().code("t", "Defendant Lopez, a Mexican national, recruited two Guatemalan women and forced them into "
                + "prostitution in violation of 18 U.S.C. § 1591. He threatened to hurt their families.");
        assertThat(c.labels().purposes()).containsExactly(Purpose.SEXUAL_EXPLOITATION);
        assertThat(c.labels().victimNationalities()).containsExactly("GTM");
        assertThat(c.labels().defendantNationalities()).containsExactly("MEX");
        assertThat(c.labels().victims()).isEqualTo(2);
        for (String label : new String[] {"acts", "means", "purposes", "victims", "female_victims", "male_defendants", "female_defendants",
                "victim_nationalities", "defendant_nationalities", "minors_involved", "form"}) {
            assertThat(c.evidence()).as(label).containsKey(label);
        }
    }
}
