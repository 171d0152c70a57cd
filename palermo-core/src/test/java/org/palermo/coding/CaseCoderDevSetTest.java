package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coder on the 60 human-coded US decisions (UNODC SHERLOC). Thresholds are the 5-fold
 * cross-validated figures reached, rounded down, so a regression fails and the figures stay honest.
 */
class CaseCoderDevSetTest {

    private static List<DecisionLine> gold;

    @BeforeAll
    static void readGold() throws IOException, BadDecisionLineException {
        gold = new ArrayList<>();
        try (InputStream in = CaseCoderDevSetTest.class.getResourceAsStream("/coding/cldb-us-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    gold.add(CaseCodingJson.read(line));
                }
            }
        }
        assertThat(gold).hasSize(60);
    }

    @Test
    void crossValidatedFiguresMeetTheTargets() {
        CodingScore score = CrossValidation.score(gold, 5);

        assertThat(score.coded()).isEqualTo(60);
        assertThat(score.shortOfTarget()).isEmpty();
        assertThat(score.figures().get("purposes")).isGreaterThanOrEqualTo(0.86);
        assertThat(score.figures().get("acts")).isGreaterThanOrEqualTo(0.77);
        assertThat(score.figures().get("means")).isGreaterThanOrEqualTo(0.79);
        assertThat(score.figures().get("form")).isGreaterThanOrEqualTo(0.92);
        assertThat(score.figures().get("minors_involved")).isGreaterThanOrEqualTo(0.90);
        assertThat(score.figures().get("female_victims")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.figures().get("victims")).isGreaterThanOrEqualTo(0.78);
        assertThat(score.figures().get("female_defendants")).isGreaterThanOrEqualTo(0.86);
        assertThat(score.figures().get("male_defendants")).isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void labelConfidencesAreNoHigherThanTheCrossValidatedFigures() {
        Map<String, CaseLabels> predicted = CrossValidation.predict(gold, 5);
        for (CodingScore.LabelFigures row : CodingScore.table(predicted, gold)) {
            double measured = row.precision() != null ? row.precision() : row.score();
            assertThat(LabelConfidence.of(row.label())).as(row.label()).isLessThanOrEqualTo(measured + 0.005);
        }
    }

    @Test
    void bundledCoderScoresAsReported() {
        CaseCoder coder = new CaseCoder();
        Map<String, CaseLabels> predicted = new LinkedHashMap<>();
        gold.forEach(d -> predicted.put(d.id(), coder.code(d.id(), d.text()).labels()));

        CodingScore score = CodingScore.of(predicted, gold);

        assertThat(score.shortOfTarget()).isEmpty();
        assertThat(score.figures().get("purposes")).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void everyQuoteIsTheExactTextAtItsOffsets() {
        CaseCoder coder = new CaseCoder();
        for (DecisionLine d : gold) {
            CodedCase coded = coder.code(d.id(), d.text());
            coded.evidence().forEach((label, e) ->
                    assertThat(d.text().substring(e.start(), e.end())).as(d.id() + " " + label).isEqualTo(e.quote()));
        }
    }

    @Test
    void evidenceComesInLabelOrderSoTheSameDecisionIsWrittenTheSameOnEveryRun() {
        CaseCoder coder = new CaseCoder();
        for (DecisionLine d : gold) {
            java.util.List<String> labels = new java.util.ArrayList<>(coder.code(d.id(), d.text()).evidence().keySet());
            assertThat(labels).as(d.id()).isSorted();
        }
    }
}
