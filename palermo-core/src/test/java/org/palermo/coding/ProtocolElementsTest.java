package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cue lexicon rules, with negation, on sentences from the dev decisions. */
class ProtocolElementsTest {

    private final CaseCoder coder = new CaseCoder();

    private CaseLabels code(String text) {
        return coder.code("t", text).labels();
    }

    @Test
    void lureAndPromisesAreDeception() {
        CaseLabels l = code("Norris lured several victims to his homes by false promises that he would train them to become successful wrestlers.");
        assertThat(l.means()).contains(Means.DECEPTION);
        assertThat(l.acts()).contains(Act.RECRUITMENT);
    }

    @Test
    void meansTheProtocolNamesInOtherWords() {
        // Written in the style of the US summaries.
        assertThat(code("The defendant told the women they would work as waitresses, but on arrival forced them into prostitution.").means())
                .contains(Means.DECEPTION);
        assertThat(code("The defendant posed as a modeling agent and offered the girl a job.").means()).contains(Means.DECEPTION);
        assertThat(code("The defendant took advantage of the girl's homelessness.").means()).contains(Means.ABUSE_OF_POWER_OR_VULNERABILITY);
        assertThat(code("The defendant paid the girl's parents $500 for her.").means()).contains(Means.PAYMENTS_TO_PERSON_IN_CONTROL);
        assertThat(code("The defendant paid the workers' wages late.").means()).doesNotContain(Means.PAYMENTS_TO_PERSON_IN_CONTROL);
    }

    @Test
    void threatsAndBeatingsAreForce() {
        CaseLabels l = code("In Florida, he forced the minor victim into prostitution, and held her there through threats and beatings.");
        assertThat(l.means()).contains(Means.THREAT_OR_USE_OF_FORCE);
        assertThat(l.purposes()).containsExactly(Purpose.SEXUAL_EXPLOITATION);
    }

    @Test
    void negatedForceIsNotForce() {
        CaseLabels l = code("The minors were in high school at the time, and no force or coercion was used to make them work for the defendant.");
        assertThat(l.means()).doesNotContain(Means.THREAT_OR_USE_OF_FORCE);
    }

    @Test
    void aStatuteNameIsNotFraud() {
        CaseLabels l = code("Wallace pleaded guilty to sex trafficking by fraud, force, or coercion and was sentenced to 20 years imprisonment.");
        assertThat(l.means()).doesNotContain(Means.FRAUD);
    }

    @Test
    void unpaidDomesticWorkIsForcedLabour() {
        CaseLabels l = code("Once in the United States, defendant Ding confiscated the victim's passport and forced the victim to work without pay as a live-in domestic servant.");
        assertThat(l.purposes()).contains(Purpose.FORCED_LABOUR);
        assertThat(l.acts()).contains(Act.HARBOURING);
        assertThat(l.sectors()).contains("Domestic servitude");
    }

    @Test
    void smugglingDebtInLabourIsServitude() {
        CaseLabels l = code("Two of Flores’ employees recruited undocumented migrant workers from Mexico. Flores informed the workers that they would be "
                + "required to work to pay off their smuggling debt.");
        assertThat(l.purposes()).contains(Purpose.FORCED_LABOUR, Purpose.SERVITUDE);
    }

    @Test
    void aFailedClaimIsNotServitude() {
        CaseLabels l = code("The judge found that locking the store doors at night failed to state claim for involuntary servitude.");
        assertThat(l.purposes()).doesNotContain(Purpose.SERVITUDE);
    }

    @Test
    void smugglingIsTransportation() {
        CaseLabels l = code("The girls were then smuggled into the United States.");
        assertThat(l.acts()).contains(Act.TRANSPORTATION);
    }

    @Test
    void theOffendersOwnTravelIsNotTheTransportOfAVictim() {
        // Written in the style of US summaries of 18 U.S.C. 2423(b)/(c) cases (travel to engage in illicit sexual conduct).
        assertThat(code("Defendant Harlan traveled to Cambodia several times between 2004 and 2006 to abuse young girls.").acts())
                .doesNotContain(Act.TRANSPORTATION);
        assertThat(code("He also traveled to Manila, where he paid for sex with two girls.").acts()).doesNotContain(Act.TRANSPORTATION);
        assertThat(code("The defendant pleaded guilty to traveling in foreign commerce for the purpose of engaging in illicit sexual conduct.").acts())
                .doesNotContain(Act.TRANSPORTATION);
        assertThat(code("The defendant confiscated the women's passports and travel documents.").acts()).doesNotContain(Act.TRANSPORTATION);
        // The trafficked travelling, arranged or paid for by the defendants, is transport.
        assertThat(code("The recruiters helped the women travel to the United States, supplying fake visas.").acts()).contains(Act.TRANSPORTATION);
        assertThat(code("The defendant arranged for her to travel from Louisiana to San Francisco.").acts()).contains(Act.TRANSPORTATION);
    }
}
