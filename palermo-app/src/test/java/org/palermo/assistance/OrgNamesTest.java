package org.palermo.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the registry compares organisation names and descriptions, on names and texts as the grant listings and IATI files write them. */
class OrgNamesTest {

    @Test
    void spellingsOfOneNameAreOneOrganisation() {
        assertThat(OrgNames.key("Asociación Fundación, Inc.")).isEqualTo(OrgNames.key("asociacion fundacion inc"));
        assertThat(OrgNames.similarity("IOM", "I.O.M.")).isLessThan(1.0);
        assertThat(OrgNames.similarity("International Organization for Migration", "international organization for migration"))
                .isEqualTo(1.0);
    }

    @Test
    void anAcronymMeetsTheNameItStandsFor() {
        assertThat(OrgNames.tokens("International Organization for Migration")).contains("iom");
        assertThat(OrgNames.similarity("IOM", "International Organization for Migration")).isGreaterThan(0.5);
        assertThat(OrgNames.similarity("IOM", "American Bar Association")).isZero();
    }

    @Test
    void twoListsOfTheSamePartnersAreAlikeAndOneMemberAloneLess() {
        String a = "UNICEF, IOM, Sisters of Idia Renaissance, National Center for Women and Development";
        String b = "UNICEF, IOM, Sisters of May; Idia Renaissance, National Center for Women and Development";
        double lists = OrgNames.similarity(a, b);
        double member = OrgNames.similarity("IOM", a);
        assertThat(lists).isGreaterThan(0.8);
        assertThat(member).isGreaterThan(0.3).isLessThan(lists);
        assertThat(OrgNames.similarity("DOJ/ICITAP", "ECOWAS Secretariat, Abuja")).isZero();
    }

    @Test
    void descriptionsOfSimilarWorkAreCloserThanDescriptionsOfOtherWork() {
        TfIdf tfidf = new TfIdf(Map.of(
                1, "Opening two shelters in Bamako for women victims of trafficking, with counselling and legal aid.",
                2, "Shelters for women victims of trafficking in Bamako, with counselling, legal aid and vocational training.",
                3, "Training prosecutors and judges on the new trafficking law and on mutual legal assistance.",
                4, ""));
        assertThat(tfidf.cosine(1, 2)).isGreaterThan(tfidf.cosine(1, 3)).isGreaterThan(0.5);
        assertThat(tfidf.cosine(1, 4)).as("no text, no comparison").isNull();
        assertThat(tfidf.sharedTerms(1, 2, 10)).contains("bamako", "shelter", "counsel").doesNotContain("with", "the");
    }
}
