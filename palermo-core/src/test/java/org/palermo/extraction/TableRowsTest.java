package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableRowsTest {

    @Test
    void rowsUnderAHeaderOfYears() {
        String text = "2017 2018 2019\nInvestigations 120 145 160\nPersons convicted 30 28 35\n";
        List<Statistic> stats = TestSentences.statistics(text, new Hints("MDA"));
        assertThat(stats).extracting(Statistic::country, Statistic::value, Statistic::metric, s -> s.period().from())
                .containsExactly(
                        tuple("MDA", 120.0, Metric.investigations, "2017"), tuple("MDA", 145.0, Metric.investigations, "2018"),
                        tuple("MDA", 160.0, Metric.investigations, "2019"), tuple("MDA", 30.0, Metric.persons_convicted, "2017"),
                        tuple("MDA", 28.0, Metric.persons_convicted, "2018"), tuple("MDA", 35.0, Metric.persons_convicted, "2019"));
        assertThat(stats).allSatisfy(s -> assertThat(s.evidence().rule()).isEqualTo(TableRows.RULE));
    }

    @Test
    void rowsOfYearsUnderColumnLabels() {
        String text = "Year | Victims identified | Shelters\n2018 | 245 | 4\n2019 | 300 | 5\n";
        assertThat(TestSentences.statistics(text, new Hints("MDA")))
                .extracting(Statistic::value, Statistic::metric, s -> s.period().from())
                .containsExactly(tuple(245.0, Metric.victims_identified, "2018"), tuple(4.0, Metric.shelters, "2018"),
                        tuple(300.0, Metric.victims_identified, "2019"), tuple(5.0, Metric.shelters, "2019"));
    }

    @Test
    void headersWhoseCellsHaveSeveralWordsEach() {
        String text = "Year | Cases | Persons prosecuted | Persons convicted | Victims identified\n"
                + "2017 | 302 | 457 | 393 | 455\n2018 | 304 | 409 | 311 | 631\n";
        assertThat(TestSentences.statistics(text, new Hints("THA")))
                .extracting(Statistic::value, Statistic::metric, s -> s.period().from())
                .containsExactly(tuple(302.0, Metric.cases_registered, "2017"), tuple(457.0, Metric.persons_prosecuted, "2017"),
                        tuple(393.0, Metric.persons_convicted, "2017"), tuple(455.0, Metric.victims_identified, "2017"),
                        tuple(304.0, Metric.cases_registered, "2018"), tuple(409.0, Metric.persons_prosecuted, "2018"),
                        tuple(311.0, Metric.persons_convicted, "2018"), tuple(631.0, Metric.victims_identified, "2018"));
    }

    @Test
    void proseIsNotATable() {
        String text = "In 2018 there were\n245 victims and 4 shelters in the country.\n";
        assertThat(TestSentences.statistics(text, new Hints("MDA")))
                .noneSatisfy(s -> assertThat(s.evidence().rule()).isEqualTo(TableRows.RULE));
    }

    @Test
    void rowsUnderAHeaderOfColumnWordsTheTotalsCountingWhatTheLineAboveSays() {
        String text = "the following table shows the number of identified victims in 2021.\n\n"
                + "Category Total Female Male Children\nSex trafficking 25 24 1 0\nForced labour 19 4 15 0\nTotal 44 28 16 0\n";
        assertThat(TestSentences.statistics(text, new Hints("IRL"))).filteredOn(s -> s.evidence().rule().equals(TableRows.RULE))
                .extracting(Statistic::value, Statistic::metric).containsExactly(
                        tuple(25.0, Metric.victims_identified), tuple(24.0, Metric.female_victims), tuple(1.0, Metric.male_victims),
                        tuple(0.0, Metric.child_victims), tuple(19.0, Metric.victims_identified), tuple(4.0, Metric.female_victims),
                        tuple(15.0, Metric.male_victims), tuple(0.0, Metric.child_victims), tuple(44.0, Metric.victims_identified),
                        tuple(28.0, Metric.female_victims), tuple(16.0, Metric.male_victims), tuple(0.0, Metric.child_victims));
    }

    @Test
    void oneValueRowsUnderATwoColumnHeader() {
        String text = "Type de lien | pourcentage |\n---|---|\nAmi ou connaissance | 31 |\nMembre de la famille | 12 |\n";
        assertThat(TestSentences.statistics(text, new Hints("CAN"))).extracting(Statistic::value).containsExactly(31.0, 12.0);
    }

    @Test
    void aRowOfEqualCellsKeepsEveryCell() {
        // reports-dev dev A11 (a Dáil written answer): a row of four zeros is four figures, one per column
        String text = "I am informed by the Garda authorities that the following table shows the number of identified "
                + "victims of human trafficking in the State in 2021 and the reason for their trafficking.\n\n"
                + "Category Total Female Male Children\nSex trafficking 25 24 1 0\nForced labour 19 4 15 0\n"
                + "Forced criminality 0 0 0 0\nUnspecified exploitation 0 0 0 0\n";
        assertThat(TestSentences.statistics(text, new Hints("IRL"))).extracting(Statistic::value).containsExactly(
                25.0, 24.0, 1.0, 0.0, 19.0, 4.0, 15.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }
}
