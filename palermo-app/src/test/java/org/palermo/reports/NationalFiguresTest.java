package org.palermo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.statistics.Observation;

/** The counting rules of the report's national tables, on small hand-made selections. */
class NationalFiguresTest {

    static Observation total(String country, int year, Long value) {
        return new Observation(country, "Persons convicted", "Total", "Total", "Total", "Total", year, value,
                value == null ? "<5" : String.valueOf(value), "GLOTIP", "Counts", "Total", country, false);
    }

    static Observation form(String country, int year, String form, Long value) {
        return new Observation(country, "Persons convicted", "by form of exploitation", form, "Total", "Total", year, value,
                String.valueOf(value), "GLOTIP", "Counts", form, country, false);
    }

    @Test
    void aSuppressedTotalCountsTheCountryButAddsNothingAndAKeyPublishedTwiceKeepsItsFirstValue() {
        NationalFigures.Series s = NationalFigures.totals("Persons convicted", List.of(
                total("NGA", 2019, 10L), total("NGA", 2019, 99L), total("GHA", 2019, null), total("BEN", 2019, 5L),
                total(null, 2019, 7L), total("NGA", 2020, 3L)));
        assertThat(s.year(2019)).isEqualTo(new NationalFigures.Year(2019, 3, 15, 1));
        assertThat(s.year(2020)).isEqualTo(new NationalFigures.Year(2020, 1, 3, 0));
        assertThat(s.sources()).isEqualTo("UNODC, Global Report on Trafficking in Persons data (GLOTIP)");
    }

    @Test
    void aFormNoCountryPublishedIsAbsentAndTheSharesAreOfThePublishedForms() {
        List<NationalFigures.Breakdown> b = NationalFigures.breakdown(List.of(
                form("NGA", 2015, "Sexual exploitation", 30L), form("NGA", 2015, "Forced labour", 10L),
                form("GHA", 2015, "Forced labour", 10L)), GlobalReport.FORMS);
        assertThat(b).hasSize(1);
        assertThat(b.get(0).countries()).isEqualTo(2);
        assertThat(b.get(0).sum("Other forms of exploitation")).isNull();
        assertThat(b.get(0).share("Other forms of exploitation")).isNull();
        assertThat(b.get(0).share("Sexual exploitation")).isEqualTo(0.6);
    }

    @Test
    void aPartCountsOnlyWhereTheCountryPublishedBothNumbers() {
        List<NationalFigures.Part> p = NationalFigures.parts(
                List.of(total("NGA", 2019, 4L), total("GHA", 2019, 2L), total("BEN", 2019, null)),
                List.of(total("NGA", 2019, 10L), total("BEN", 2019, 8L)));
        assertThat(p).containsExactly(new NationalFigures.Part(2019, 1, 4, 10));
    }
}
