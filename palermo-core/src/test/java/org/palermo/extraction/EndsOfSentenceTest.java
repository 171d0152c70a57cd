package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;

/** Where the sentence model may end a sentence: exactly where OpenNLP's own scanner says. */
class EndsOfSentenceTest {

    private final EndsOfSentence ends = new EndsOfSentence(Set.of('.', '!', '?'));

    @Test
    void everyEnderOfAMixedSentenceIsFoundInOrder() {
        String text = "Is it? Yes! 12.5 victims.";

        assertThat(ends.getPositions(text)).containsExactly(5, 10, 14, 24);
        assertThat(ends.getPositions(text.toCharArray())).containsExactly(5, 10, 14, 24);
        assertThat(ends.getPositions("No end here")).isEmpty();
    }

    @Test
    void theSeedsGiveThePositionsOfOpenNlpsOwnScanner() {
        DefaultEndOfSentenceScanner own = new DefaultEndOfSentenceScanner(new char[] {'.', '!', '?'});
        for (String name : ExtractorTest.SEEDS) {
            String text = ExtractorTest.seed(name);
            List<Integer> expected = own.getPositions(text);

            assertThat(ends.getPositions(text)).as(name).isNotEmpty().isEqualTo(expected);
            assertThat(ends.getPositions(new StringBuilder(text))).as(name).isEqualTo(expected);
        }
    }
}
