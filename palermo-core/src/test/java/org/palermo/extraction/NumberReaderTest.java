package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberReaderTest {

    private static List<Double> values(String text) {
        return TestSentences.numbers(text).stream().map(NumberMention::value).toList();
    }

    @Test
    void digitsWithSeparatorsAndDecimals() {
        assertThat(values("6,112,019 people and 5,498 occasions")).containsExactly(6112019.0, 5498.0);
        assertThat(values("20.9 million people")).containsExactly(20_900_000.0);
        assertThat(values("low-level criminal activities (0.1 per cent)")).containsExactly(0.1);
        assertThat(values("Le nombre de victimes était de 6\u00a0112\u00a0019 et 20,9 pour cent")).containsExactly(6112019.0, 20.9);
        assertThat(values("se identificaron 1.234 víctimas de trata")).containsExactly(1234.0);
    }

    @Test
    void englishNumberWords() {
        assertThat(values("Sixty-two persons had been prosecuted")).containsExactly(62.0);
        assertThat(values("forty two cases")).containsExactly(42.0);
        assertThat(values("two hundred and fifty victims")).containsExactly(250.0);
        assertThat(values("Fifteen organized criminal groups")).containsExactly(15.0);
    }

    @Test
    void frenchAndSpanishNumberWords() {
        assertThat(values("quarante-deux enquêtes ont été ouvertes et les victimes")).containsExactly(42.0);
        assertThat(values("quatre-vingt-dix victimes ont été identifiées par la police")).containsExactly(90.0);
        assertThat(values("treinta y dos casos fueron registrados por los fiscales")).containsExactly(32.0);
        assertThat(values("una mujer y las víctimas")).isEmpty();
    }

    @Test
    void percentagesAndShares() {
        List<NumberMention> m = TestSentences.numbers("two thirds (62 per cent) of whom were female");
        assertThat(m).extracting(NumberMention::value).containsExactly(66.7, 62.0);
        assertThat(m.get(1).percent()).isTrue();
        assertThat(values("a majority of the victims")).containsExactly(50.0);
        assertThat(values("two-fifths of the countries")).containsExactly(40.0);
        assertThat(TestSentences.numbers("27% of victims").get(0).percent()).isTrue();
    }

    @Test
    void vagueQuantitiesAreNotNumbers() {
        assertThat(values("hundreds of victims and dozens of cases")).isEmpty();
    }
}
