package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Trying a cue only where a word starts with one of its first characters finds what a scan of every position finds. */
class FirstCharactersTest {

    @Test
    void simplePatternsHaveKnownFirstCharacters() {
        boolean[] set = FirstCharacters.of(DecisionText.lowerPattern("\\brecruit\\w*|\\blur(?:e|ed)\\b|\\b(?:[1-9]|ten)-year").pattern());
        assertThat(set).isNotNull();
        assertThat(set['r']).isTrue();
        assertThat(set['l']).isTrue();
        assertThat(set['t']).isTrue();
        assertThat(set['5']).isTrue();
        assertThat(set['x']).isFalse();
        assertThat(FirstCharacters.of("\\b(?:co-)?defendant")).as("an optional start is not known").isNull();
        assertThat(FirstCharacters.of("(?<!force )\\bfraud")).as("no leading boundary").isNull();
    }

    @Test
    void everyCueFindsTheSameFirstMatchOnTheDevelopmentDecisions() throws IOException, BadDecisionLineException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = FirstCharactersTest.class.getResourceAsStream("/coding/cldb-us-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    texts.add(CaseCodingJson.read(line).text());
                }
            }
        }
        int compared = 0;
        for (Cue cue : CueLexicon.bundled().all()) {
            for (String t : texts) {
                DecisionText text = new DecisionText(t);
                Matcher fast = text.firstAffirmed(cue.pattern());
                Matcher full = cue.pattern().matcher(text.lower());
                Integer expected = null;
                while (full.find()) {
                    if (!text.negated(full.start())) {
                        expected = full.start();
                        break;
                    }
                }
                assertThat(fast == null ? null : fast.start()).as(cue.family() + " on " + t.substring(0, Math.min(40, t.length()))).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(4000);
    }
}
