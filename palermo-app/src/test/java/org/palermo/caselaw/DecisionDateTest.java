package org.palermo.caselaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Unit: dates as the UNODC extract writes them are read, or kept as written with a reason — never guessed. */
class DecisionDateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    @Test
    void usDatesAreReadMonthFirstWithTwoDigitYears() {
        assertThat(DecisionDate.read("6/9/06", "USA", TODAY).date()).isEqualTo(LocalDate.of(2006, 6, 9));
        assertThat(DecisionDate.read("8/12/85", "USA", TODAY).date()).isEqualTo(LocalDate.of(1985, 8, 12));
        assertThat(DecisionDate.read("6/9/06", "USA", TODAY).warning()).isNull();
    }

    @Test
    void aDayAboveTwelveSettlesTheOrderAnywhere() {
        assertThat(DecisionDate.read("5/13/2005", "GBR", TODAY).date()).isEqualTo(LocalDate.of(2005, 5, 13));
        assertThat(DecisionDate.read("13/5/2005", null, TODAY).date()).isEqualTo(LocalDate.of(2005, 5, 13));
    }

    @Test
    void anAmbiguousDateOutsideMonthFirstCountriesKeepsOnlyItsYear() {
        DecisionDate d = DecisionDate.read("6/9/06", "GBR", TODAY);
        assertThat(d.date()).isNull();
        assertThat(d.year()).isEqualTo(2006);
        assertThat(d.text()).isEqualTo("6/9/06");
        assertThat(d.warning()).contains("either way round");
    }

    @Test
    void placeholdersImpossibleAndFutureDatesAreKeptAsWritten() {
        assertThat(DecisionDate.read("YYYY-MM-DD", "USA", TODAY).warning()).contains("placeholder");
        assertThat(DecisionDate.read("YYYY-MM-DD", "USA", TODAY).year()).isNull();
        assertThat(DecisionDate.read("2/30/05", "USA", TODAY).warning()).contains("not a valid calendar date");
        assertThat(DecisionDate.read("2030-01-01", "USA", TODAY).warning()).contains("future");
        assertThat(DecisionDate.read("sometime in spring", "USA", TODAY).date()).isNull();
    }

    @Test
    void isoAndWordedDatesAndBareYears() {
        assertThat(DecisionDate.read("2005-05-13", null, TODAY).date()).isEqualTo(LocalDate.of(2005, 5, 13));
        assertThat(DecisionDate.read("13 May 2005", null, TODAY).date()).isEqualTo(LocalDate.of(2005, 5, 13));
        assertThat(DecisionDate.read("May 13, 2005", null, TODAY).date()).isEqualTo(LocalDate.of(2005, 5, 13));
        DecisionDate year = DecisionDate.read("2011", null, TODAY);
        assertThat(year.date()).isNull();
        assertThat(year.year()).isEqualTo(2011);
        assertThat(year.warning()).isNull();
    }
}
