package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The defendants' sex from the cast of a summary. Sentences written for this test in the style of
 * the database's US summaries (none is copied from the development decisions).
 */
class DefendantSexTest {

    private static DefendantSex.Sexes read(String s) {
        return new DefendantSex().read(new DecisionText(s));
    }

    @Test
    void aPronounAtTheStartOfASentenceRefersToThePreviousSubject() {
        DefendantSex.Sexes s = read("Defendant Okafor met the victims at a bus station in Houston. He promised them work in a restaurant.");
        assertThat(s.male().value()).isTrue();
        assertThat(s.male().evidence().quote()).isEqualTo("He promised them work in a restaurant.");
        assertThat(s.female().value()).isFalse();
    }

    @Test
    void aPronounAfterAVictimIsTheVictims() {
        DefendantSex.Sexes s = read("Defendant Garnett recruited the victim online. The victim testified that she was afraid to leave.");
        assertThat(s.female().value()).isFalse();
        assertThat(s.male().value()).isTrue(); // nothing says otherwise: the database codes the defendant male
    }

    @Test
    void aPronounThatDisagreesWithThePluralVictimsIsTheDefendants() {
        DefendantSex.Sexes s = read("When the workers asked Defendant Marsh for their wages, she threatened to call immigration.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isFalse();
    }

    @Test
    void aPossessiveBeforeCoConspiratorsGivesTheSex() {
        DefendantSex.Sexes s = read("Adjoa Mensah and her co-conspirators arranged visas for the girls.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue(); // her co-conspirators are of unknown sex
    }

    @Test
    void aTitleGivesTheSex() {
        DefendantSex.Sexes s = read("Ms. Arroyo kept the passports of the two women in a safe.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.female().evidence().quote()).contains("Ms. Arroyo");
    }

    @Test
    void aGivenNameGivesTheSexOfANamedDefendant() {
        DefendantSex.Sexes s = read("Defendants Carmen Ruiz and Tomas Ruiz operated a cantina where the minors were made to drink with customers.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void givenNamesSharingASurname() {
        DefendantSex.Sexes s = read("Defendants Rosa and Emilio Vargas recruited women in Veracruz.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.female().evidence().quote()).contains("Rosa");
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void defendantsWhoAreAHusbandAndWife() {
        DefendantSex.Sexes s = read("The defendants, a husband and wife from Maryland, brought a teenage girl from Nigeria to care for their children.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void mrAndMrsAreAManAndAWoman() {
        DefendantSex.Sexes s = read("Mr. and Mrs. Lopez smuggled the workers across the border and forced them to work on their farm.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void aTitleOfTheOtherSexWithTheSameSurnameIsAnotherPerson() {
        DefendantSex.Sexes s = read("Mr. Lopez and Mrs. Lopez smuggled the workers across the border. Mrs. Lopez kept their passports.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue();
        // The same title again is the same person: one woman, no man.
        DefendantSex.Sexes one = read("Mrs. Lopez smuggled the workers across the border. Mrs. Lopez kept their passports.");
        assertThat(one.female().value()).isTrue();
        assertThat(one.male().value()).isFalse();
    }

    @Test
    void aNamedDefendantDescribedAsAWomanIsThatWoman() {
        DefendantSex.Sexes s = read("Defendant Adeyemi, a Nigerian woman, brought the girl to Maryland to care for her children.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isFalse();
        DefendantSex.Sexes man = read("Defendant Tecum, a Guatemalan man, kidnapped a young woman from her village.");
        assertThat(man.female().value()).isFalse();
        assertThat(man.male().value()).isTrue();
    }

    @Test
    void aFemaleAccompliceIsAWoman() {
        DefendantSex.Sexes s = read("The trafficker and his female accomplice recruited the women in Ukraine.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void theCoupleAreAManAndAWoman() {
        DefendantSex.Sexes s = read("The couple forced the victim to clean their home for twelve hours a day.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void hisWifeAndCoDefendant() {
        DefendantSex.Sexes s = read("Defendant Pruitt and his wife and co-defendant ran the escort service from their apartment.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void brothersAfterAFamilyName() {
        DefendantSex.Sexes s = read("The Alvarado brothers recruited farm workers in Oaxaca.");
        assertThat(s.male().value()).isTrue();
        assertThat(s.female().value()).isFalse();
    }

    @Test
    void sheWhoPleadedGuiltyIsADefendant() {
        DefendantSex.Sexes s = read("The indictment named two defendants. In 2011 she pleaded guilty to one count of conspiracy.");
        assertThat(s.female().value()).isTrue();
    }

    @Test
    void aMotherWhoSellsHerDaughterIsAWomanDefendant() {
        DefendantSex.Sexes s = read("Defendant Harlow sold her daughter to a neighbour for cash and drugs.");
        assertThat(s.female().value()).isTrue();
    }

    @Test
    void aSingleWomanDefendantMeansNoMan() {
        DefendantSex.Sexes s = read("Defendant Yolanda Price recruited three women from Ohio. She took their identification cards.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isFalse();
    }

    @Test
    void aVictimsNameIsNotADefendants() {
        DefendantSex.Sexes s = read("Victim Rosa Medina asserted that she was trafficked from Honduras at age 16.");
        assertThat(s.female().value()).isNull();
        assertThat(s.male().value()).isNull();
    }

    @Test
    void aJudgeIsNotADefendant() {
        DefendantSex.Sexes s = read("Judge Helen Carter sentenced the defendant to 15 years in prison.");
        assertThat(s.female().value()).isFalse();
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void heOrSheIsNobody() {
        DefendantSex.Sexes s = read("A victim who leaves, the defendant warned, would be found wherever he or she went.");
        assertThat(s.female().value()).isFalse();
        assertThat(s.male().value()).isTrue();
    }

    // ---- second pass (issue 16): pronouns of the trafficked, relatives prosecuted, defendants counted with their sex ----

    @Test
    void aPronounOfWhatTheTraffickedDoIsNeverTheDefendants() {
        DefendantSex.Sexes s = read("Williams recruited the victim on social media. After she arrived in Chicago, Williams took her phone.");
        assertThat(s.female().value()).isFalse();
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void aPronounAfterTellingSomeoneIsTheOneTold() {
        DefendantSex.Sexes s = read("Defendant Pratt kept the money and told her she would be deported if she went to the police.");
        assertThat(s.female().value()).isFalse();
    }

    @Test
    void aPersonOfKnownSexInThePreviousSentenceComesBeforeOneOfUnknownSex() {
        DefendantSex.Sexes s = read("The defendant met a young woman at a bus station in Reno. She had left home at seventeen.");
        assertThat(s.female().value()).isFalse();
    }

    @Test
    void aRoleNounAndTheNameAfterItAreOnePerson() {
        DefendantSex.Sexes s = read("Defendant Chen, the owner of a massage parlor, pleaded guilty. She admitted that she confiscated the women's passports.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isFalse();
    }

    @Test
    void aRelativeWhoWasProsecutedIsADefendant() {
        DefendantSex.Sexes s = read("According to the indictment, Smith forced the victim to work as a prostitute. Smith's wife, who was also charged, collected the money.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.female().evidence().quote()).contains("Smith's wife");
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void aRelativeActingBesideTheDefendantIsADefendantAndSoIsTheDefendant() {
        DefendantSex.Sexes s = read("Johnson and his girlfriend, co-defendant Tasha Greene, recruited runaway girls from a homeless shelter in Memphis.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue();
        assertThat(read("The operation was run by a mother, Blanca Ortiz, and her two sons.").male().value()).isTrue();
    }

    @Test
    void herCoDefendantMakesHerADefendant() {
        DefendantSex.Sexes s = read("Her co-defendant, Jamal Price, beat the victims when they did not earn enough.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isTrue();
    }

    @Test
    void aWomanInAppositionToTheDefendantIsTheDefendant() {
        DefendantSex.Sexes s = read("The defendant, a 42-year-old woman from Houston, recruited two young women from Honduras. Once they arrived, she took their passports.");
        assertThat(s.female().value()).isTrue();
        assertThat(s.male().value()).isFalse();
    }

    @Test
    void defendantsCountedWithTheirSex() {
        DefendantSex.Sexes men = read("Defendants Brown and Davis, both men from Detroit, prostituted girls at truck stops.");
        assertThat(men.female().value()).isFalse();
        assertThat(men.male().evidence().quote()).contains("both men");
        DefendantSex.Sexes women = read("The indictment charged five defendants with conspiracy to commit sex trafficking. Two of them were women who collected the money.");
        assertThat(women.female().value()).isTrue();
    }

    @Test
    void coConspiratorsOfASingleDefendantsCaseAreNotItsDefendants() {
        DefendantSex.Sexes s = read("The defendant ran an escort service in Hartford. Co-conspirator Tamara Wells operated her own business and shared girls with him.");
        assertThat(s.female().value()).isFalse();
        DefendantSex.Sexes several = read("The defendants ran an escort service in Hartford. Co-conspirator Tamara Wells answered the phones.");
        assertThat(several.female().value()).isTrue();
    }

    @Test
    void recentUsGivenNamesGiveTheSex() {
        assertThat(read("Defendant Latoya Simmons recruited girls from a group home.").female().value()).isTrue();
        assertThat(read("Defendants Tanisha Brooks and Jermaine Brooks operated an escort service in Baltimore.").male().value()).isTrue();
    }

    @Test
    void anOffenderIntroducedByTheirSex() {
        DefendantSex.Sexes woman = read("A woman from Atlanta was convicted of trafficking two teenage girls.");
        assertThat(woman.female().value()).isTrue();
        assertThat(woman.male().value()).isFalse(); // "Atlanta" after "from" is a place, not a second defendant
        assertThat(read("Two brothers from Mexico smuggled women into the United States.").male().evidence().quote()).contains("Two brothers");
        assertThat(read("A young woman was forced to work in the bar for two years.").female().value()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void aSummaryThatNamesNoDefendantIsCodedAsTheDatabaseDoes() {
        CaseLabels told = new CaseCoder().code("t", "Federal agents rescued 30 workers from a labor camp run by a Florida contractor.").labels();
        assertThat(told.maleDefendants()).isTrue();
        assertThat(told.femaleDefendants()).isFalse();
        CaseLabels nothing = new CaseCoder().code("t", "No description.").labels();
        assertThat(nothing.maleDefendants()).isNull();
        assertThat(nothing.femaleDefendants()).isNull();
    }

    // ---- defendants as a group (issue 16) ----

    @Test
    void defendantsSpokenOfAsAGroupOfOneSex() {
        DefendantSex.Sexes others = read("Defendants and other men recruited young women in Tenancingo, Mexico, and brought them to New York.");
        assertThat(others.male().value()).isTrue();
        assertThat(others.male().evidence().quote()).contains("Defendants and other men");
        assertThat(others.female().value()).isFalse();
        assertThat(read("Police stopped a car and found a 16-year-old girl with the men (the defendants and the driver).").male().evidence().quote())
                .contains("men (the defendants");
        DefendantSex.Sexes men = read("Both defendants pleaded guilty to transporting a minor to Denver. The men coerced the girl into prostitution.");
        assertThat(men.male().evidence().quote()).startsWith("The men coerced");
        assertThat(men.female().value()).isFalse();
        assertThat(read("The defendants brought their wives to the United States and forced them into prostitution.").male().evidence().quote())
                .contains("their wives");
    }

    @Test
    void aGroupActedUponIsNotTheDefendants() {
        // The women here are the trafficked: passive, and nothing that only traffickers do.
        DefendantSex.Sexes s = read("The defendants recruited women in Seoul. The women were forced to work in massage parlors.");
        assertThat(s.female().evidence().quote()).doesNotContain("The women were");
        assertThat(read("The defendant recruited the workers. The men worked sixteen hours a day.").male().evidence().quote())
                .doesNotContain("The men worked");
    }

    @Test
    void severalDefendantsOfUnstatedSexFollowTheLearnedConvention() {
        String text = "The defendants brought two girls from Cameroon and forced them to work as domestic servants.";
        assertThat(new DefendantSex(true).read(new DecisionText(text)).female().value()).isTrue();
        assertThat(new DefendantSex(false).read(new DecisionText(text)).female().value()).isFalse();
        // One defendant of unstated sex stays the database's convention: male, not female.
        DefendantSex.Sexes one = new DefendantSex(true).read(new DecisionText("The defendant forced a girl from Cameroon to work as a servant."));
        assertThat(one.female().value()).isFalse();
        assertThat(one.male().value()).isTrue();
    }

    @Test
    void theConventionIsLearnedFromTheCodings() {
        java.util.List<DecisionLine> withWomen = java.util.List.of(
                line("a", "The defendants recruited women in Seoul and held them in brothels.", true),
                line("b", "Defendants smuggled workers from Mexico to farms in Colorado.", true),
                line("c", "Defendant Okafor held a girl in his house. He beat her.", false));
        assertThat(DefendantSex.learn(withWomen)).isTrue();
        java.util.List<DecisionLine> withoutWomen = java.util.List.of(
                line("a", "The defendants recruited women in Seoul and held them in brothels.", false),
                line("b", "Defendants smuggled workers from Mexico to farms in Colorado.", false),
                line("c", "Defendant Marsh held a girl in her house. She beat her.", true));
        assertThat(DefendantSex.learn(withoutWomen)).isFalse();
    }

    private static DecisionLine line(String id, String text, boolean femaleDefendant) {
        return new DecisionLine(id, text, new CaseLabels(null, null, null, null, null, null, null, null, null, null, femaleDefendant, null, null));
    }
}
