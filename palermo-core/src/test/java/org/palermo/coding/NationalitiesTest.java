package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Victims' and defendants' nationality. Sentences written for this test in the style of US case summaries. */
class NationalitiesTest {

    private static Nationalities.Found read(String s) {
        DecisionText text = new DecisionText(s);
        return new Nationalities(Places.bundled()).read(text, new People(GivenNames.bundled()).read(text));
    }

    @Test
    void aPeoplesAdjectiveOnVictims() {
        Nationalities.Found f = read("The defendants recruited young Honduran women and two Salvadoran girls.");
        assertThat(f.victims()).containsOnlyKeys("HND", "SLV");
        assertThat(f.victims().get("HND").quote()).contains("young Honduran women");
        assertThat(f.defendants()).isEmpty();
    }

    @Test
    void victimsFromACountry() {
        Nationalities.Found f = read("Defendant brought the victim from Ghana to Maryland when she was 14.");
        assertThat(f.victims()).containsOnlyKeys("GHA");
    }

    @Test
    void theUnitedStatesAsWhereVictimsCameFromIsNotANationality() {
        Nationalities.Found f = read("He recruited girls from Ohio and Michigan and drove them to Chicago.");
        assertThat(f.victims()).isEmpty();
    }

    @Test
    void defendantsNationality() {
        Nationalities.Found f = read("Defendants, all Ukrainian nationals, lured women from Moldova with promises of work.");
        assertThat(f.defendants()).containsOnlyKeys("UKR");
        assertThat(f.victims()).containsOnlyKeys("MDA");
    }

    @Test
    void aNamedDefendantsNationalityInApposition() {
        Nationalities.Found f = read("Defendant Ferreira, a Brazilian citizen, hired the workers in Newark.");
        assertThat(f.defendants()).containsOnlyKeys("BRA");
        assertThat(f.victims()).isEmpty();
    }

    @Test
    void defendantsWhoAreNationals() {
        Nationalities.Found f = read("The defendants, a married couple, are Indian nationals who brought a domestic worker from India.");
        assertThat(f.defendants()).containsOnlyKeys("IND");
        assertThat(f.victims()).containsOnlyKeys("IND");
    }

    @Test
    void noNationalityIsGuessed() {
        Nationalities.Found f = read("The defendant prostituted a 16-year-old girl in motels in Arkansas.");
        assertThat(f.victims()).isEmpty();
        assertThat(f.defendants()).isEmpty();
    }
}
