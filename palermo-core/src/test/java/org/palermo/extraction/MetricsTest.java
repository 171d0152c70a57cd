package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * What each statistic counts, by family of phrasing, on real sentences (report excerpts of reports-dev's dev split:
 * a parliamentary answer, a Eurostat release, IOM, national police and press reports; see its sources.tsv).
 */
class MetricsTest {

    private static final Hints IRL = new Hints("IRL");

    @Test
    void girlsAndBoysAreChildrenWomenAndGirlsAreFemale() {
        assertThat(TestSentences.statistics("Five children, four of whom were girls, were identified as victims in 2023.",
                IRL)).extracting(Statistic::value, Statistic::metric).containsExactly(
                tuple(5.0, Metric.child_victims), tuple(4.0, Metric.child_victims));
        assertThat(TestSentences.statistics("Women and girls accounted for 78% of the victims.", IRL))
                .extracting(Statistic::metric).containsExactly(Metric.female_victims);
    }

    @Test
    void aShareIsOfWhatItIsAShareOf() {
        assertThat(TestSentences.statistics("Approximately 13 percent of the IOM caseload were children.", IRL))
                .extracting(Statistic::metric).containsExactly(Metric.child_victims);
        assertThat(TestSentences.statistics("This is compared to 1,200 cases in 2022, signifying a 16.6% decrease in "
                + "the number of cases reported to police.", IRL)).extracting(Statistic::value, Statistic::metric)
                .containsExactly(tuple(1200.0, Metric.cases_registered), tuple(16.6, Metric.cases_registered));
    }

    @Test
    void aCountAndItsShareAreOfTheSamePeople() {
        assertThat(TestSentences.statistics("In total, 42 female victims were identified (79 per cent), up from 27 in "
                + "2022, while the remaining 11 were male (21 per cent), down from 15 the year prior.", IRL))
                .extracting(Statistic::value, Statistic::metric).containsExactly(
                        tuple(42.0, Metric.female_victims), tuple(79.0, Metric.female_victims),
                        tuple(27.0, Metric.female_victims), tuple(11.0, Metric.male_victims),
                        tuple(21.0, Metric.male_victims), tuple(15.0, Metric.male_victims));
        assertThat(TestSentences.statistics("73% (3,142) of potential victims were male and 27% (1,167) were female.",
                new Hints("GBR"))).extracting(Statistic::value, Statistic::metric).containsExactly(
                tuple(73.0, Metric.male_victims), tuple(3142.0, Metric.male_victims),
                tuple(27.0, Metric.female_victims), tuple(1167.0, Metric.female_victims));
    }

    @Test
    void aBracketedCountIsOfThePeopleItFollowsOrIsSaidToBe() {
        assertThat(TestSentences.statistics("During the reporting period, some 70 victims were identified, the majority "
                + "(32) being women, followed by men (30) and children (17).", new Hints("ARM")))
                .extracting(Statistic::value, Statistic::metric).containsExactly(
                        tuple(70.0, Metric.victims_identified), tuple(32.0, Metric.female_victims),
                        tuple(30.0, Metric.male_victims), tuple(17.0, Metric.child_victims));
    }

    @Test
    void peopleTraffickedAreVictimsSuspectedTraffickersSuspectsMinorsByAge() {
        assertThat(TestSentences.statistics("The majority of victims (28) were trafficked for sexual exploitation, "
                + "while 16 were trafficked for labour exploitation.", IRL)).extracting(Statistic::metric)
                .containsExactly(Metric.victims_identified, Metric.victims_identified);
        assertThat(TestSentences.statistics("There were 8 064 suspected traffickers and 2 097 convicted traffickers.",
                IRL)).extracting(Statistic::metric).containsExactly(Metric.suspects, Metric.persons_convicted);
        assertThat(TestSentences.statistics("Of that number, 138 were under 15 years, 40 were aged between 15 and 17, "
                + "and 167 were over 18.", new Hints("KHM"))).extracting(Statistic::value, Statistic::metric)
                .startsWith(tuple(138.0, Metric.child_victims));
    }

    @Test
    void complaintsAreCasesRegisteredAndAccompanimentIsAssistance() {
        assertThat(TestSentences.statistics("En 2023, 92 plaintes liées à la traite des êtres humains ont été "
                + "enregistrées, marquant une aug mentation de 37% par rapport à 2022, où 58 plaintes avaient été déposées.",
                new Hints("CIV"))).extracting(Statistic::value, Statistic::metric).containsExactly(
                tuple(92.0, Metric.cases_registered), tuple(37.0, Metric.cases_registered),
                tuple(58.0, Metric.cases_registered));
        assertThat(TestSentences.statistics("Dans les centres d'accueil spécialisés reconnus, 145 victimes de traite des "
                + "êtres humains ont bénéficié d'un accompagnement.", new Hints("BEL"))).extracting(Statistic::metric)
                .containsExactly(Metric.victims_assisted);
    }
}
