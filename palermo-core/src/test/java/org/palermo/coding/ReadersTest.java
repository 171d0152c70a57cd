package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each reader on sentences taken from the dev decisions. */
class ReadersTest {

    private static DecisionText text(String s) {
        return new DecisionText(s);
    }

    @Test
    void explicitCountOfVictimsIsRead() {
        VictimCount.Count c = new VictimCount().read(text(
                "On February 22, 2002, police raided a house of prostitution in Plainfield, New Jersey. "
                        + "Four minors, young Mexican girls, were discovered and detained."));
        assertThat(c.victims()).isEqualTo(4);
        assertThat(c.evidence().quote()).contains("Four minors");
    }

    @Test
    void atLeastGivesAMinimum() {
        VictimCount.Count c = new VictimCount().read(text(
                "During a search of his home, agents found a hard drive containing 1,200 photos of him abusing at least 50 underage girls."));
        assertThat(c.victims()).isEqualTo(50);
        assertThat(c.isMinimum()).isTrue();
    }

    @Test
    void otherVictimsAddTheOneAlreadyDescribed() {
        VictimCount.Count c = new VictimCount().read(text(
                "One of Defendant’s victims was his wife. The Defendant was forcing at least two other women to work at the same brothel."));
        assertThat(c.victims()).isEqualTo(3);
    }

    @Test
    void someoneElsesChildrenAreNotCounted() {
        VictimCount.Count c = new VictimCount().read(text(
                "The defendants forced the victim to clean their home and to cook and care for the defendants’ five children."));
        assertThat(c.victims()).isEqualTo(1);
    }

    @Test
    void yearsAreNotCounts() {
        VictimCount.Count c = new VictimCount().read(text(
                "Between 2003 and 2004 the defendants brought women to the United States from Azerbaijan."));
        assertThat(c.victims()).isEqualTo(2);
        assertThat(c.isMinimum()).isFalse(); // the plural without a number: 2, as the database codes it
    }

    @Test
    void numberedPseudonymsGiveTheCount() {
        VictimCount.Count c = new VictimCount().read(text(
                "In 1987 the defendants brought a 10-year-old girl (Anonymous 1) from Nigeria. In 1989 the family of a "
                        + "13-year-old girl (Anonymous 2) agreed to let the girl go to the U.S."));
        assertThat(c.victims()).isEqualTo(2);
    }

    @Test
    void anAgeUnderEighteenMeansMinors() {
        Reading<Boolean> r = new Minors().read(text("Osley was convicted in 2007 of taking a 17 year old girl from Detroit to Florida."));
        assertThat(r.value()).isTrue();
        assertThat(r.evidence().quote()).contains("17 year old");
    }

    @Test
    void anAdultAgeMeansNoMinors() {
        Reading<Boolean> r = new Minors().read(text(
                "Wallace and Chaney observed the victim, an 18-year-old woman with mental disabilities, there."));
        assertThat(r.value()).isFalse();
    }

    @Test
    void numberWordAgesAreRead() {
        Reading<Boolean> r = new Minors().read(text("William Irey engaged in sex acts with girls aged four to sixteen."));
        assertThat(r.value()).isTrue();
    }

    @Test
    void aForeignNationalityMakesItTransnational() {
        Reading<Form> r = new FormReader(Places.bundled()).read(text(
                "The defendants brought two girls (age 14 and age 17), to the United States from Cameroon, in the mid-1990s."));
        assertThat(r.value()).isEqualTo(Form.TRANSNATIONAL);
        assertThat(r.evidence().quote()).contains("Cameroon");
    }

    @Test
    void newMexicoIsNotMexico() {
        Reading<Form> r = new FormReader(Places.bundled()).read(text(
                "He would take them to the States of Arizona, California, New Mexico, Illinois and Texas for prostitution purposes."));
        assertThat(r.value()).isEqualTo(Form.INTERNAL);
    }

    @Test
    void workersWithoutWomenAreMale() {
        VictimSex.Sexes s = new VictimSex().read(text(
                "After smuggling workers from Mexico to Florida, the defendants used physical violence to prevent the workers from leaving."));
        assertThat(s.male().value()).isTrue();
        assertThat(s.female().value()).isFalse();
    }

    @Test
    void girlsAreFemaleVictims() {
        VictimSex.Sexes s = new VictimSex().read(text("The defendants allegedly lured young Mexican girls and women into the United States."));
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isFalse();
    }

    @Test
    void husbandAndWifeAreDefendantsOfBothSexes() {
        DefendantSex.Sexes s = new DefendantSex().read(text(
                "Husband and wife defendants Wun Hee Kang and Kyongja Kang owned nail salons and a bar called Renaissance."));
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void aWomansNameMakesAFemaleDefendant() {
        DefendantSex.Sexes s = new DefendantSex().read(text(
                "Defendant Lynda Dieu Phan brought two Vietnamese women to the United States on fraudulent fiancé visas."));
        assertThat(s.female().value()).isTrue();
        assertThat(s.female().evidence().quote()).contains("Lynda");
    }

    @Test
    void aVictimsNameIsNotADefendants() {
        DefendantSex.Sexes s = new DefendantSex().read(text(
                "Victim Linda Velez asserted that she was trafficked from Ecuador at age 16."));
        assertThat(s.female().value()).isNull();
    }

    @Test
    void threeDefendantsAreAnOrganizedGroup() {
        Reading<Boolean> r = new OrganizedGroup().read(text(
                "All three defendants pleaded guilty to smuggling a 13 year-old girl into the United States from Mexico."));
        assertThat(r.value()).isTrue();
    }
}
