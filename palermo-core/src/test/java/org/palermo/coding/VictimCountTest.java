package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Victims counted across sentences and groups. Sentences written for this test in the style of US case summaries. */
class VictimCountTest {

    private static VictimCount.Count read(String s) {
        return new VictimCount().read(new DecisionText(s));
    }

    @Test
    void groupsNamedTogetherAreAddedUp() {
        VictimCount.Count c = read("Between 2009 and 2011 the defendant prostituted two minors and three adult women in motels near Atlanta.");
        assertThat(c.victims()).isEqualTo(5);
        assertThat(c.isMinimum()).isFalse();
        assertThat(c.evidence().quote()).contains("two minors and three adult women");
    }

    @Test
    void groupsOfDifferentKindsInDifferentSentencesAreAddedUp() {
        VictimCount.Count c = read("Defendant recruited two minors from a group home. He later advertised four women on the internet.");
        assertThat(c.victims()).isEqualTo(6);
    }

    @Test
    void theSameKindCountedTwiceIsOneGroup() {
        VictimCount.Count c = read("Four girls were found in the apartment. The four girls told agents they had been brought from Texas.");
        assertThat(c.victims()).isEqualTo(4);
    }

    @Test
    void aCountOfVictimsAsSuchIsATotal() {
        VictimCount.Count c = read("The scheme involved twelve victims. Two minors among them were kept in a separate house.");
        assertThat(c.victims()).isEqualTo(12);
    }

    @Test
    void aGroupAndOneMore() {
        VictimCount.Count c = read("The defendants smuggled two boys and a girl from Guatemala.");
        assertThat(c.victims()).isEqualTo(3);
    }

    @Test
    void otherVictimsAddToTheOneDescribed() {
        VictimCount.Count c = read("The victim met the defendant at a party. He also forced three other women to work for him.");
        assertThat(c.victims()).isEqualTo(4);
    }

    @Test
    void victimsNamedByInitialsAreCounted() {
        VictimCount.Count c = read("The defendant recruited victims A.B. and C.D. at a shelter, and later M.R., whom he met online.");
        assertThat(c.victims()).isEqualTo(3);
    }

    @Test
    void numberedVictimsGiveTheHighestNumber() {
        VictimCount.Count c = read("Jane Doe 1 was fifteen. Jane Doe 4 testified that she was beaten.");
        assertThat(c.victims()).isEqualTo(4);
    }

    @Test
    void singleVictimsOfDifferentAgesAreDifferentVictims() {
        VictimCount.Count c = read("He met a 15-year-old girl at a mall and later a 17-year-old girl at a bus stop.");
        assertThat(c.victims()).isEqualTo(2);
    }

    @Test
    void aListOfAgesCountsTheVictims() {
        VictimCount.Count c = read("The defendant advertised the victims, ages 14, 15 and 17, on a classified website.");
        assertThat(c.victims()).isEqualTo(3);
    }

    @Test
    void atLeastIsAMinimum() {
        VictimCount.Count c = read("Over four years the ring exploited at least thirty women from Eastern Europe.");
        assertThat(c.victims()).isEqualTo(30);
        assertThat(c.isMinimum()).isTrue();
    }

    @Test
    void theMinimumBelongsToTheCountTheTotalCameFrom() {
        VictimCount.Count c = read("Agents found five minors in the house. At least two girls had been beaten.");
        assertThat(c.victims()).isEqualTo(5);
        assertThat(c.isMinimum()).isFalse();
    }

    @Test
    void aPartialListIsAMinimum() {
        VictimCount.Count c = read("The defendants held the victims, including two minors, in a trailer.");
        assertThat(c.victims()).isEqualTo(2);
        assertThat(c.isMinimum()).isTrue();
    }

    @Test
    void theCountsOfTheIndictmentAreNotVictims() {
        VictimCount.Count c = read("A grand jury returned a 23-count indictment charging the defendant with sex trafficking of a minor. The victim was 16.");
        assertThat(c.victims()).isEqualTo(1);
    }

    @Test
    void defendantsCountedAreNotVictims() {
        VictimCount.Count c = read("Three men were charged with forcing a woman into prostitution.");
        assertThat(c.victims()).isEqualTo(1);
    }

    @Test
    void subsetsAndAgesAreNotCounts() {
        VictimCount.Count c = read("Two of the victims were 14 years old; the defendant kept the victims in his basement.");
        assertThat(c.victims()).isEqualTo(2);
        assertThat(c.isMinimum()).isFalse(); // the plural without a number: 2, as the database codes it
    }

    // ---- second pass (issue 16) ----

    @Test
    void menCountWhereTheTextSaysTheyWereTrafficked() {
        assertThat(read("The defendants smuggled eleven Guatemalan men into the United States and forced them to work on a dairy farm.").victims())
                .isEqualTo(11);
        assertThat(read("Three men were charged with forcing a woman into prostitution.").victims()).isEqualTo(1);
    }

    @Test
    void adultsBesideMinorsAreAddedUp() {
        assertThat(read("The defendant was sentenced to 30 years for trafficking four minors and two adults.").victims()).isEqualTo(6);
    }

    @Test
    void anOrdinalSaysHowManyAtLeast() {
        VictimCount.Count c = read("Police found two girls, aged 14 and 15, in the defendant's apartment. A third girl had escaped a week earlier.");
        assertThat(c.victims()).isEqualTo(3);
        assertThat(c.evidence().quote()).contains("A third girl");
    }

    @Test
    void aFriendOfAnotherAgeIsAnotherVictim() {
        assertThat(read("In 2009, the defendant recruited a 14-year-old girl. In 2010, he recruited her 15-year-old friend.").victims()).isEqualTo(2);
    }

    @Test
    void aSubsetSaysThereWereAtLeastThatMany() {
        VictimCount.Count c = read("Defendant recruited Honduran teenagers. Three of the girls were 15 years old.");
        assertThat(c.victims()).isEqualTo(3);
        assertThat(c.isMinimum()).isTrue();
    }

    @Test
    void numberedVictimsAcrossSentences() {
        assertThat(read("Victim 1 was 15 when she met the defendant. Victim 2 and Victim 3 were recruited through social media. Victim 4 testified at trial.")
                .victims()).isEqualTo(4);
    }

    @Test
    void theChargesCountsAreNotVictims() {
        assertThat(read("The defendant pleaded guilty to two counts of sex trafficking of a minor.").victims()).isEqualTo(1);
        assertThat(read("A grand jury returned a 12-count indictment against the three defendants for trafficking a 16-year-old girl.").victims())
                .isEqualTo(1);
    }

    // ---- single persons beside a counted group, pairs (issue 16) ----

    @Test
    void oneMoreNamedAfterACountedGroupIsAdded() {
        // A real news summary (Google Alerts, February 2023, in the shared data's news/ folder; the same alerts are bundled in palermo-app/src/main/resources/data/news).
        assertThat(read("He's now part of an apparent trafficking ring that stands accused of multiple acts involving four adult women and one female minor.")
                .victims()).isEqualTo(5);
        assertThat(read("The defendant transported three women and a Honduran teenager to Houston.").victims()).isEqualTo(4);
        assertThat(read("The defendants smuggled two boys and a co-defendant's niece from Guatemala.").victims()).isEqualTo(3);
    }

    @Test
    void oneNamedBeforeACountedGroupIsAdded() {
        VictimCount.Count c = read("The defendant prostituted one adult and two minors at motels in Nashville.");
        assertThat(c.victims()).isEqualTo(3);
        assertThat(c.evidence().quote()).contains("one adult and two minors");
        assertThat(read("Agents rescued a young woman, and three teenagers from the house.").victims()).isEqualTo(4);
    }

    @Test
    void aVictimAndHerRelativeAreTwo() {
        assertThat(read("The defendant recruited a woman and her 15-year-old sister in Chiapas and brought them to Florida.").victims()).isEqualTo(2);
        assertThat(read("A girl and her cousin were forced to work in the defendant's bar.").victims()).isEqualTo(2);
    }

    @Test
    void aPairProsecutedIsNotAPairOfVictims() {
        assertThat(read("A woman and her son were convicted of forcing a Nigerian girl to work as a nanny.").victims()).isEqualTo(1);
        assertThat(read("A woman and her boyfriend recruited a runaway girl and advertised her online.").victims()).isEqualTo(1);
        assertThat(read("A mother and her daughter operated a brothel where the victim was held.").victims()).isEqualTo(1);
    }

    @Test
    void workersCountedWithTheirKindOfWorkOrVisa() {
        assertThat(read("The defendant held 15 Thai guest workers at a farm in Hawaii and took their passports.").victims()).isEqualTo(15);
        assertThat(read("The company brought 40 H-2B workers from Mexico and confiscated their passports.").victims()).isEqualTo(40);
        assertThat(read("Agents rescued six farm laborers from a trailer in Immokalee.").victims()).isEqualTo(6);
    }
}
