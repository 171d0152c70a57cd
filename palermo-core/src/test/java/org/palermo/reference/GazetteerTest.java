package org.palermo.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.bundled();

    private List<String> codes(String text) {
        return gazetteer.find(text).stream().map(Gazetteer.Mention::iso3).toList();
    }

    @Test
    void readsUnStyleNamesAsOneCountry() {
        assertThat(codes("Replies were received from the Republic of Korea, Serbia and Montenegro, Viet Nam, "
                + "the Syrian Arab Republic and the Republic of Moldova."))
                .containsExactly("KOR", "SRB", "VNM", "SYR", "MDA");
        assertThat(codes("the United Kingdom of Great Britain and Northern Ireland and Bolivia (Plurinational State of)"))
                .containsExactly("GBR", "BOL");
        assertThat(codes("the former Yugoslav Republic of Macedonia and Bosnia and Herzegovina"))
                .containsExactly("MKD", "BIH");
    }

    @Test
    void readsDemonymsSingularAndPlural() {
        assertThat(codes("the recruitment and transportation abroad of Uzbek nationals")).containsExactly("UZB");
        assertThat(codes("Algerian women, Nigerians and Filipinas")).containsExactly("DZA", "NGA", "PHL");
        List<Gazetteer.Mention> m = gazetteer.find("Nigerian women");
        assertThat(m.get(0).kind()).isEqualTo(Gazetteer.Kind.DEMONYM);
    }

    @Test
    void readsFrenchAndSpanishNamesAndAdjectives() {
        assertThat(codes("des femmes nigérianes exploitées en Allemagne")).containsExactly("NGA", "DEU");
        assertThat(codes("mujeres mexicanas trasladadas a Estados Unidos")).containsExactly("MEX", "USA");
        assertThat(codes("la Côte d'Ivoire et le Royaume-Uni")).containsExactly("CIV", "GBR");
    }

    @Test
    void offsetsPointAtTheWords() {
        String text = "Victims from Burma are exploited in Thailand.";
        for (Gazetteer.Mention m : gazetteer.find(text)) {
            assertThat(text.substring(m.start(), m.end())).isIn("Burma", "Thailand");
        }
        assertThat(codes(text)).containsExactly("MMR", "THA");
    }

    @Test
    void leavesRegionsAndLowerCaseWordsAlone() {
        assertThat(codes("Latin American and West African victims")).isEmpty();
        assertThat(codes("a turkey and a china plate")).isEmpty(); // "china" is also Spanish, but "China" is a name
        assertThat(codes("the U.S. and the UK")).containsExactly("USA", "GBR");
    }

    @Test
    void looksUpWholePhrases() {
        assertThat(gazetteer.iso3("Viet Nam")).contains("VNM");
        assertThat(gazetteer.iso3("Kosovo")).contains("XKX");
        assertThat(gazetteer.iso3("Atlantis")).isEmpty();
    }
}
