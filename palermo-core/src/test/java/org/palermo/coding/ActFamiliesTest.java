package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Protocol's acts read from the US statutes' own verbs and from the families of phrasings the case-law database codes
 * as acts. Sentences from the US Department of Justice's summary of 18 U.S.C. § 1591 (CEOS, usdoj.gov), from the
 * development decisions' summaries, and written in their style where marked.
 */
class ActFamiliesTest {

    private final CaseCoder coder = new CaseCoder();

    private CaseLabels code(String text) {
        return coder.code("t", text).labels();
    }

    @Test
    void theStatutesListOfVerbsIsEveryActItNames() {
        // usdoj.gov, CEOS, "Federal Efforts to Combat Interstate Sex Trafficking of Minors".
        CaseLabels l = code("In summary, 18 U.S.C. § 1591 makes it illegal to recruit, entice, obtain, provide, move or harbor a person or to "
                + "benefit from such activities knowing that the person will be caused to engage in commercial sex acts.");
        assertThat(l.acts()).containsExactlyInAnyOrder(Act.RECRUITMENT, Act.TRANSPORTATION, Act.TRANSFER, Act.HARBOURING, Act.RECEIPT);
        // Written in the style of an indictment's words repeated in a summary.
        assertThat(code("The indictment charged that he knowingly recruited, enticed, harbored, provided, and maintained a 15-year-old girl.")
                .acts()).contains(Act.TRANSFER, Act.HARBOURING, Act.RECRUITMENT).doesNotContain(Act.RECEIPT);
    }

    @Test
    void providingAPersonAmongTheStatutesVerbsIsTransfer() {
        assertThat(code("From January to February 2009, Thompson and Bell prostituted Jane Doe 3 (age 17), providing and advertising her "
                + "dozens of times for sexual services in Maryland.").acts()).contains(Act.TRANSFER);
    }

    @Test
    void providingThingsIsNotTransfer() {
        // "transportation" is a noun here, not one of the statute's verbs; providing someone with an ID is not handing her over.
        assertThat(code("Thompson and Bell provided transportation, clothing, condoms, marijuana, shelter, hotel rooms, food, and cellular "
                + "phones to the minors.").acts()).doesNotContain(Act.TRANSFER);
        assertThat(code("He recruited her to work as a prostitute for him, provided her with a fake adult ID, and sent her to work at clubs.")
                .acts()).doesNotContain(Act.TRANSFER);
    }

    @Test
    void takingAPersonAwayFromHomeIsRecruitmentAndTransfer() {
        assertThat(code("In 1996, the defendants Marie and Willie Pompee and their son, Willie, Jr., took a 9-year old Haitian girl from her "
                + "home in Haiti, where she had been living in poverty.").acts()).contains(Act.RECRUITMENT, Act.TRANSFER);
        assertThat(code("Defendant Jose Tecum kidnapped a young Guatemalan woman from her family home in a remote village in Guatemala.")
                .acts()).contains(Act.RECRUITMENT, Act.TRANSFER);
        assertThat(code("Osley was convicted in 2007 of taking a 17 year old girl from Detroit to Florida.").acts())
                .contains(Act.RECRUITMENT, Act.TRANSFER, Act.TRANSPORTATION);
    }

    @Test
    void takingThingsOrRescuingPeopleIsNoTransfer() {
        assertThat(code("The victims were not given enough food to subsist and often took food from the trash.").acts())
                .doesNotContain(Act.TRANSFER, Act.RECRUITMENT);
        // Written in the style of the summaries: a rescue is not a transfer.
        assertThat(code("Federal agents removed the children from the house in March 2008.").acts()).doesNotContain(Act.TRANSFER);
        assertThat(code("The defendant took the victims' passports from them on arrival.").acts()).doesNotContain(Act.TRANSFER);
    }

    @Test
    void aPromiseMadeToTheVictimRecruitsAWageRecalledDoesNot() {
        assertThat(code("The defendants promised the victims a position in a management training program.").acts())
                .contains(Act.RECRUITMENT);
        assertThat(code("They were forced to work for a wage of $100 (USD) a month (lower than the $200 (USD) per month they were promised).")
                .acts()).doesNotContain(Act.RECRUITMENT);
        assertThat(code("The women worked for $30/day, not the promised $40/day.").acts()).doesNotContain(Act.RECRUITMENT);
    }

    @Test
    void theVictimsFreedomToTravelIsNoTransport() {
        assertThat(code("Velez was able to travel to these classes freely and also visited the public library independently.").acts())
                .doesNotContain(Act.TRANSPORTATION);
        assertThat(code("They had promised the victim an education and the opportunity to travel in the United States.").acts())
                .doesNotContain(Act.TRANSPORTATION);
        assertThat(code("The defendant arranged for her to travel from Louisiana to San Francisco.").acts()).contains(Act.TRANSPORTATION);
    }

    @Test
    void victimsHeldSomewhereAreHarbouredADefendantInCustodyIsNot() {
        // Written in the style of the summaries.
        assertThat(code("The victims were held in a condition of peonage on the defendant's ranch.").acts()).contains(Act.HARBOURING);
        assertThat(code("The defendant was held in federal custody until trial.").acts()).doesNotContain(Act.HARBOURING);
        // From a development decision: denied, so not said.
        assertThat(code("The Defendants' alleged that the women were not being held, because they were allowed out on their own.").acts())
                .doesNotContain(Act.HARBOURING);
    }

    @Test
    void aPersonSoldPassedOnOrMovedInThePassive() {
        // Written in the style of the summaries.
        assertThat(code("The victims were sold to brothel owners in New York.").acts()).contains(Act.TRANSFER, Act.RECEIPT);
        assertThat(code("The victims were passed from one pimp to another.").acts()).contains(Act.TRANSFER);
        assertThat(code("The women were moved between brothels in several states.").acts()).contains(Act.TRANSPORTATION);
        assertThat(code("Upon arrival, the women were turned over to the defendant.").acts()).contains(Act.RECEIPT);
        assertThat(code("The workers were lodged in barracks near the fields.").acts()).contains(Act.HARBOURING);
        assertThat(code("The house was sold to a developer in 2009.").acts()).doesNotContain(Act.TRANSFER);
    }

    @Test
    void askingArrangingSellingAndAcquiringPeople() {
        // Written in the style of the summaries.
        assertThat(code("The defendant met the girl at a shopping mall and asked her to work for him.").acts()).contains(Act.RECRUITMENT);
        assertThat(code("The defendants arranged for the workers to come to the United States on H-2A visas.").acts())
                .contains(Act.TRANSPORTATION);
        assertThat(code("The defendant sponsored the women for visas and paid for their airfare.").acts()).contains(Act.TRANSPORTATION);
        assertThat(code("He brokered the sale of the girl to another pimp.").acts()).contains(Act.TRANSFER);
        assertThat(code("The defendant acquired the girl from another trafficker.").acts()).contains(Act.RECEIPT);
        assertThat(code("The sale of the house was completed in 2004.").acts()).isEmpty();
    }

    @Test
    void trappingOrControllingTheVictimsLivesIsHarbouring() {
        assertThat(code("The Defendants lured girls with promises of love and wealth, and then trapped them and forced them to become "
                + "prostitutes.").acts()).contains(Act.HARBOURING);
        assertThat(code("The defendants controlled the lives of the victims through coercion and threats of deportation.").acts())
                .contains(Act.HARBOURING);
        assertThat(code("The defendant controlled the business and his co-defendant assisted.").acts()).doesNotContain(Act.HARBOURING);
    }
}
