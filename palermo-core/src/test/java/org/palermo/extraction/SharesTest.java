package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** Counts with their shares: both numbers, the share with qualifier percent, on real sentences in three languages. */
class SharesTest {

    @Test
    void aShareWithItsCountInParentheses() {
        assertThat(TestSentences.statistics("73% (3,142) of potential victims were male and 27% (1,167) were female.",
                new Hints("GBR"))).extracting(Statistic::value, Statistic::qualifier).containsExactly(
                        tuple(73.0, Qualifier.PERCENT), tuple(3142.0, null), tuple(27.0, Qualifier.PERCENT), tuple(1167.0, null));
        assertThat(TestSentences.statistics("The most common nationalities referred were UK (26%; 1,135), Albanian "
                + "(13%; 574) and Vietnamese (13%; 558).", new Hints("GBR"))).extracting(Statistic::value)
                .containsExactly(26.0, 1135.0, 13.0, 574.0, 13.0, 558.0);
    }

    @Test
    void aCountWithItsShare() {
        assertThat(TestSentences.statistics("Sur l'ensemble des plaintes enregistrées, seules 35 (38%) ont donné lieu à "
                + "des poursuites, tandis que 18 autres (20%) ont été classées sans suite.", new Hints("MAR")))
                .extracting(Statistic::value, Statistic::qualifier).containsExactly(
                        tuple(35.0, null), tuple(38.0, Qualifier.PERCENT), tuple(18.0, null), tuple(20.0, Qualifier.PERCENT));
        assertThat(TestSentences.statistics("The number of victims trafficked for other forms of exploitation, including "
                + "criminal activities, forced begging and others, reached 1 699 (18% of all trafficking victims).",
                new Hints(null))).as("thousands grouped by a space before the share").extracting(Statistic::value)
                .containsExactly(1699.0, 18.0);
        assertThat(TestSentences.statistics("Cases of child trafficking were the highest, with 510 representing 50.69%.",
                new Hints("UGA"))).extracting(Statistic::value).containsExactly(510.0, 50.69);
    }

    @Test
    void aFigureInParenthesesAfterItsPeriod() {
        assertThat(TestSentences.statistics("Le nombre de signalements reçus en 2024 (1 556) est comparable à celui de "
                + "2023 (1 549).", new Hints("BEL"))).extracting(Statistic::value, s -> s.period().from())
                .containsExactly(tuple(1556.0, "2024"), tuple(1549.0, "2023"));
    }

    @Test
    void theMajorityIsNoFigure() {
        assertThat(TestSentences.statistics("The majority of victims (28) were trafficked for sexual exploitation, while "
                + "16 were trafficked for labour exploitation.", new Hints("IRL"))).extracting(Statistic::value)
                .containsExactly(28.0, 16.0);
    }

    @Test
    void aRatioIsTheShareItSays() {
        assertThat(TestSentences.statistics("Among the victims trafficked for the purpose of sexual exploitation, nearly one "
                + "in five were children.", new Hints(null))).extracting(Statistic::value, Statistic::qualifier)
                .containsExactly(tuple(20.0, Qualifier.PERCENT));
        assertThat(TestSentences.statistics("Aproximadamente, solo cuatro casos de cada 100 obtienen sentencia condenatoria.",
                new Hints("GTM"))).as("a noun between the two numbers").extracting(Statistic::value).containsExactly(4.0);
        assertThat(TestSentences.statistics("8% ha logrado sentencia condenatoria, es decir, solo en 4 de cada 100 denuncias "
                + "la justicia logró identificar y condenar un culpable.", new Hints("GTM"))).extracting(Statistic::value)
                .containsExactly(8.0, 4.0);
        assertThat(TestSentences.statistics("But new research shows one in five women, aged 18-30, had been trafficked.",
                new Hints("SEN"))).as("not 'five women'").extracting(Statistic::value).containsExactly(20.0);
        assertThat(NumberReader.read(Tokens.of("9 million people, or 3 in 1,000, were in forced labour", 0, 54),
                Language.EN)).as("a restatement of the figure before is no new share").extracting(NumberMention::value)
                .containsExactly(9_000_000.0, 3.0, 1000.0);
        assertThat(NumberReader.read(Tokens.of("Police arrested 5 in 3 days and 12 in 2019.", 0, 42), Language.EN))
                .extracting(NumberMention::value).containsExactly(5.0, 3.0, 12.0, 2019.0);
        assertThat(NumberReader.read(Tokens.of("Police arrested 4 in 12 raids; 1 in 4 was a minor.", 0, 50), Language.EN))
                .as("digits around a bare 'in': only a ratio's usual frames").extracting(NumberMention::value)
                .containsExactly(4.0, 12.0, 25.0);
    }
}
