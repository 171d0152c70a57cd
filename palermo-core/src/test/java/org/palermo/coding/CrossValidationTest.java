package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cross-validation must not let the labels of the fold being scored reach the coder that scores it. */
class CrossValidationTest {

    private static List<DecisionLine> gold() throws IOException, BadDecisionLineException {
        List<DecisionLine> gold = new ArrayList<>();
        try (InputStream in = CrossValidationTest.class.getResourceAsStream("/coding/cldb-us-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    gold.add(CaseCodingJson.read(line));
                }
            }
        }
        return gold;
    }

    @Test
    void aFoldsOwnLabelsDoNotChangeItsPredictions() throws Exception {
        List<DecisionLine> gold = gold();
        Map<String, CaseLabels> before = CrossValidation.predict(gold, 5);

        // Fold 1 (the first 12 decisions) gets the opposite of every list label and of the female defendants (the labels the
        // coder learns from); the other folds keep theirs.
        List<DecisionLine> tampered = new ArrayList<>(gold);
        for (int i = 0; i < 12; i++) {
            DecisionLine d = gold.get(i);
            CaseLabels l = d.labels();
            CaseLabels flipped = new CaseLabels(
                    List.of(Act.values()).stream().filter(a -> l.acts() == null || !l.acts().contains(a)).toList(),
                    List.of(Means.values()).stream().filter(m -> l.means() == null || !l.means().contains(m)).toList(),
                    List.of(Purpose.values()).stream().filter(p -> l.purposes() == null || !l.purposes().contains(p)).toList(),
                    null, null, 99, null, null, null, null,
                    l.femaleDefendants() == null ? null : !l.femaleDefendants(), null, null);
            tampered.set(i, new DecisionLine(d.id(), d.text(), flipped));
        }
        Map<String, CaseLabels> after = CrossValidation.predict(tampered, 5);

        for (int i = 0; i < 12; i++) {
            String id = gold.get(i).id();
            assertThat(after.get(id)).as(id).isEqualTo(before.get(id));
        }
        // The same tampering does reach the other folds, whose training it is part of: the check above can fail.
        boolean otherFoldsMoved = false;
        for (int i = 12; i < gold.size(); i++) {
            otherFoldsMoved |= !after.get(gold.get(i).id()).equals(before.get(gold.get(i).id()));
        }
        assertThat(otherFoldsMoved).isTrue();
    }
}
