package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodReaderTest {

    private static List<Period> periods(String text) {
        return PeriodReader.read(text, 0, text.length()).stream().map(PeriodReader.Stated::period).toList();
    }

    @Test
    void rangesWithMonths() {
        assertThat(periods("Ukraine reported that, between March 1998, when a provision on trafficking in persons had "
                + "first been introduced in the Criminal Code, and July 2004, a total of 785 crimes"))
                .extracting(Period::from, Period::to).containsExactly(org.assertj.core.groups.Tuple.tuple("1998-03", "2004-07"));
        assertThat(periods("from the year 2000 until November 2004 60 criminal cases"))
                .extracting(Period::from, Period::to).containsExactly(org.assertj.core.groups.Tuple.tuple("2000", "2004-11"));
    }

    @Test
    void spansPartsAndPoints() {
        assertThat(periods("in 2003-2004, 668 cases")).extracting(Period::from, Period::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2003", "2004"));
        assertThat(periods("First quarter of 2004—182 cases")).extracting(Period::from, Period::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2004-01", "2004-03"));
        assertThat(periods("In 2003, 15 pre-trial investigations")).extracting(Period::from, Period::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2003", "In 2003"));
        assertThat(periods("As at 26 June 2012, 40 States")).extracting(Period::to)
                .containsExactly("2012-06-26");
        assertThat(periods("since 2003")).extracting(Period::from, Period::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2003", null));
    }

    @Test
    void frenchAndSpanish() {
        assertThat(periods("entre 2010 y 2012 se registraron 45 casos")).extracting(Period::from, Period::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2010", "2012"));
        assertThat(periods("en mai 2015, la police")).extracting(Period::from).containsExactly("2015-05");
    }

    @Test
    void aYearAndACountAreNotARange() {
        assertThat(periods("2000—42 cases; 2001—90 cases")).extracting(Period::from)
                .containsExactly("2000", "2001");
        assertThat(periods("document E/CN.15/2005/1")).isEmpty();
    }
}
