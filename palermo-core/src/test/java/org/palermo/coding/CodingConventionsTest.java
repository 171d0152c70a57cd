package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the database's coders tick acts and means beyond the literal words, written as general rules (second pass of
 * issue 16). Sentences written for this test in the style of US case summaries; none is copied from a decision.
 */
class CodingConventionsTest {

    private static CaseLabels code(String s) {
        return new CaseCoder().code("t", s).labels();
    }

    @Test
    void aTraffickingConvictionTicksTheStatutesHarbouring() {
        // 18 U.S.C. §§ 1590 and 1591 punish whoever "recruits, entices, harbors, transports, provides, obtains" a person.
        assertThat(code("The defendant was convicted under 18 U.S.C. § 1591 of sex trafficking of a minor.").acts()).contains(Act.HARBOURING);
        assertThat(code("In 2012 both defendants pleaded guilty to conspiracy to commit forced labor.").acts()).contains(Act.HARBOURING);
        assertThat(code("The defendant was charged with wire fraud and tax evasion.").acts()).doesNotContain(Act.HARBOURING);
    }

    @Test
    void domesticServitudeIsHarbouringInTheHousehold() {
        assertThat(code("For six years the girl worked as a domestic servant and nanny for the defendants.").acts()).contains(Act.HARBOURING);
        assertThat(code("The victim was employed as a live-in housekeeper.").acts()).contains(Act.HARBOURING);
    }

    @Test
    void holdingSomeoneIsHarbouring() {
        assertThat(code("The defendant held the victim in involuntary servitude for eight years.").acts()).contains(Act.HARBOURING);
        assertThat(code("He held the girls captive in a trailer outside Houston.").acts()).contains(Act.HARBOURING);
    }

    @Test
    void sellingAVictimIsATransfer() {
        CaseLabels l = code("The defendant sold the 13-year-old girl to another pimp for $1,000.");
        assertThat(l.acts()).contains(Act.TRANSFER, Act.RECEIPT);
    }

    @Test
    void fraudUsedIsAMeansButTheStatutesNameIsNot() {
        assertThat(code("The defendant used force, fraud, or coercion to make the women work for him.").means()).contains(Means.FRAUD);
        assertThat(code("He admitted that he was using fraud and coercion to cause the victims to engage in commercial sex.").means())
                .contains(Means.FRAUD);
        assertThat(code("She pleaded guilty to sex trafficking by fraud, force, or coercion.").means()).doesNotContain(Means.FRAUD);
        assertThat(code("He was convicted of sex trafficking by use of force, fraud or coercion.").means()).doesNotContain(Means.FRAUD);
        assertThat(code("The wife was also convicted of obtaining social security benefits fraudulently.").means()).doesNotContain(Means.FRAUD);
    }

    @Test
    void beingMadeToWorkIsCompulsion() {
        assertThat(code("The defendants made the women have sex with up to twenty customers a day.").means())
                .contains(Means.THREAT_OR_USE_OF_FORCE);
        assertThat(code("The boys were made to sell candy door to door until midnight.").means()).contains(Means.THREAT_OR_USE_OF_FORCE);
    }

    @Test
    void forcedBeggingIsForcedLabour() {
        assertThat(code("The children were made to beg on the streets of Los Angeles and hand over the money each night.").purposes())
                .contains(Purpose.FORCED_LABOUR);
    }

    @Test
    void sexualExploitationDescribedRatherThanNamed() {
        assertThat(code("The minors were posted in online ads offering \"dates\" and met customers at hotels.").purposes())
                .contains(Purpose.SEXUAL_EXPLOITATION);
        assertThat(code("The defendant made the women perform sexual acts on camera for paying viewers online.").purposes())
                .contains(Purpose.SEXUAL_EXPLOITATION);
        // The coders code a "sexual slave" as slavery, not as sexual exploitation.
        assertThat(code("He kept the girl as his sex slave for two years.").purposes()).containsExactly(Purpose.SLAVERY);
    }

    @Test
    void aForcedMarriageIsAnotherPurpose() {
        assertThat(code("The defendant forced his wife's niece to marry a man in exchange for a dowry.").purposes()).contains(Purpose.OTHER);
    }

    @Test
    void meansDescribedInOtherWords() {
        assertThat(code("The defendant told the workers that they would be deported if they complained.").means())
                .contains(Means.THREAT_OR_USE_OF_FORCE);
        assertThat(code("He branded the women with tattoos of his name and choked them when they disobeyed.").means())
                .contains(Means.THREAT_OR_USE_OF_FORCE);
        assertThat(code("The defendant abducted the girl from a bus stop and held her at gunpoint.").means())
                .contains(Means.THREAT_OR_USE_OF_FORCE, Means.ABDUCTION);
        assertThat(code("The recruiters charged the workers recruitment fees, which they borrowed at high interest.").means())
                .contains(Means.ABUSE_OF_POWER_OR_VULNERABILITY);
        assertThat(code("The girl's parents accepted $500 from the defendant in exchange for letting her travel with him.").means())
                .contains(Means.PAYMENTS_TO_PERSON_IN_CONTROL);
        assertThat(code("The victims were lied to about the nature of the work.").means()).contains(Means.DECEPTION);
    }
}
