package org.palermo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.palermo.system.InvalidInputException;

/** Reading GLOTIP rows: values as published, nationalities to ISO3, repeated keys numbered and flagged. */
class GlotipFileTest {

    static final Set<String> COUNTRY_DIMENSIONS = Set.of("by citizenship", "by country of repatriation");
    static final String HEADER = "UNODC,\r\n14/04/2025\r\nIso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
            + "Unit of measurement,txtVALUE,Source\r\n";

    @Test
    void valuesStayAsPublished() {
        GlotipFile.Parsed p = GlotipFile.parseCsv("t.csv", HEADER
                + "AND,Andorra,Europe,Southern Europe,Persons convicted,Total,Total,Total,Total,2022,Counts,\"6,112,019\",GLOTIP\r\n"
                + "ABW,Aruba,Americas,Caribbean,Detected trafficking victims,Total,Total,Total,Total,2010,Counts,<5,GLOTIP\r\n",
                COUNTRY_DIMENSIONS);
        assertThat(p.exportedOn()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(p.rows().get(0).value()).isEqualTo(6112019L);
        assertThat(p.rows().get(0).valueText()).isEqualTo("6,112,019");
        assertThat(p.rows().get(1).value()).isNull();
        assertThat(p.rows().get(1).valueText()).isEqualTo("<5");
        assertThat(p.rows().get(1).line()).isEqualTo(5);
    }

    @Test
    void nationalitiesBecomeCountriesWhereTheyAreCountries() {
        String rows = "";
        for (String category : new String[] {"Nigerian", "NIGERIA", "NIGERIANA", "Nationals", "Abroad", "Unknown", "Q6.1_10s_2019",
                "Ciudadanos de su pa\uFFFDs", "Bresil", "Côte d'Ivoire", "Dominican Rep", "Viet Nam"}) {
            rows += "GHA,Ghana,Africa,Sub-Saharan Africa,Detected trafficking victims,by citizenship,\"" + category
                    + "\",Total,Total,2019,Counts,7,GLOTIP\r\n";
        }
        GlotipFile.Parsed p = GlotipFile.parseCsv("t.csv", HEADER + rows, COUNTRY_DIMENSIONS);
        assertThat(p.rows()).extracting(GlotipFile.Row::category).containsExactly("NGA", "NGA", "NGA", "GHA", "Abroad", "Unknown",
                "Q6.1_10s_2019", "GHA", "BRA", "CIV", "DOM", "VNM");
        assertThat(p.rows()).extracting(GlotipFile.Row::categoryText).contains("Nigerian", "Nationals");
    }

    @Test
    void formsOfExploitationAreNotTreatedAsNationalities() {
        GlotipFile.Parsed p = GlotipFile.parseCsv("t.csv", HEADER
                + "GHA,Ghana,Africa,SSA,Detected trafficking victims,by form of exploitation,Chad,Total,Total,2019,Counts,7,GLOTIP\r\n",
                COUNTRY_DIMENSIONS);
        assertThat(p.rows().get(0).category()).isEqualTo("Chad");
    }

    @Test
    void aKeyPublishedTwiceIsKeptTwiceAndFlaggedWhenTheValuesDiffer() {
        String row = "ARG,Argentina,Americas,LAC,Detected trafficking victims,Total,Total,Other,Total,%s,Counts,%s,GLOTIP\r\n";
        GlotipFile.Parsed p = GlotipFile.parseCsv("t.csv", HEADER + row.formatted(2019, "<5") + row.formatted(2019, "11")
                + row.formatted(2018, "<5") + row.formatted(2018, "<5") + row.formatted(2017, "3"), COUNTRY_DIMENSIONS);
        assertThat(p.rows()).extracting(GlotipFile.Row::occurrence).containsExactly(1, 2, 1, 2, 1);
        assertThat(p.rows()).extracting(GlotipFile.Row::duplicate).containsExactly(true, true, true, true, false);
        assertThat(p.rows()).extracting(GlotipFile.Row::conflict).containsExactly(true, true, false, false, false);
        assertThat(p.rows().get(0).rowKey()).isNotEqualTo(p.rows().get(1).rowKey());
    }

    @Test
    void placesWithoutAnIsoCodeAreKeptWithANote() {
        GlotipFile.Parsed p = GlotipFile.parseCsv("t.csv", HEADER
                + ",Sark,Europe,Northern Europe,Detected trafficking victims,Total,Total,Female,0 to 17 years,2017,Counts,<5,GLOTIP\r\n",
                COUNTRY_DIMENSIONS);
        assertThat(p.rows()).hasSize(1);
        assertThat(p.rows().get(0).country()).isNull();
        assertThat(p.rows().get(0).countryName()).isEqualTo("Sark");
        assertThat(p.notes().get(0).reason()).contains("Sark");
    }

    @Test
    void aFileWithoutTheGlotipHeaderIsRefused() {
        assertThatThrownBy(() -> GlotipFile.parseCsv("budget.csv", "a,b\r\n1,2\r\n", COUNTRY_DIMENSIONS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("budget.csv").hasMessageContaining("Iso3_code");
    }
}
