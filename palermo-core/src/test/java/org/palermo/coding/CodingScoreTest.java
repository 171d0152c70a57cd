package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring follows score_cases.py: micro F1 for lists, accuracy for values, gold nulls skipped. */
class CodingScoreTest {

    private static CaseLabels labels(List<Act> acts, Form form, Integer victims) {
        return new CaseLabels(acts, null, null, form, null, victims, null, null, null, null, null, null, null);
    }

    @Test
    void listsAreMicroAveragedAndGoldNullsSkipped() {
        List<DecisionLine> gold = List.of(
                new DecisionLine("a", "", labels(List.of(Act.RECRUITMENT, Act.TRANSPORTATION), Form.INTERNAL, 2)),
                new DecisionLine("b", "", labels(List.of(Act.HARBOURING), null, null)),
                new DecisionLine("c", "", labels(null, Form.TRANSNATIONAL, 1)));
        Map<String, CaseLabels> predicted = Map.of(
                "a", labels(List.of(Act.RECRUITMENT), Form.INTERNAL, 3),
                "b", labels(List.of(Act.HARBOURING, Act.RECEIPT), Form.INTERNAL, 1),
                "c", labels(List.of(Act.RECEIPT), null, 1));

        CodingScore score = CodingScore.of(predicted, gold);

        // acts: tp 2, predicted 3, gold 3 (c has gold null and is skipped) -> F1 2/3
        assertThat(score.figures().get("acts")).isEqualTo(2.0 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score.figures().get("form")).isEqualTo(0.5);
        assertThat(score.figures().get("victims")).isEqualTo(0.5);
        assertThat(score.figures().get("means")).isEqualTo(0.0);
        assertThat(score.coded()).isEqualTo(3);
    }

    @Test
    void aMissingDecisionCountsAsWrong() {
        List<DecisionLine> gold = List.of(new DecisionLine("a", "", labels(List.of(Act.RECRUITMENT), Form.INTERNAL, 1)));

        CodingScore score = CodingScore.of(Map.of(), gold);

        assertThat(score.coded()).isZero();
        assertThat(score.figures().get("acts")).isZero();
        assertThat(score.report()).startsWith("coded 0/1\nacts 0.00, means 0.00, purposes 0.00, form 0.00");
    }
}
