package org.palermo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The comparison rules as stored in V11, applied to small submissions. */
class ValidationRulesTest {

    static final ValidationRules.Rule FEMALE_MALE = new ValidationRules.Rule("female_male_le_total", "Female + male ≤ total",
            "[sex=Female] + [sex=Male]", "<=", "[sex=Total]", "");
    static final ValidationRules.Rule CONVICTED = new ValidationRules.Rule("convicted_le_prosecuted", "Persons convicted ≤ persons prosecuted",
            "[indicator=Persons convicted]", "<=", "[indicator=Persons prosecuted]", "");
    static final ValidationRules.Rule NO_NEGATIVE = new ValidationRules.Rule("no_negative", "No negative values", "[*]", ">=", "0", "");

    static SubmissionValue v(String indicator, String sex, String age, long value, String cell) {
        return new SubmissionValue(indicator, "Total", "Total", sex, age, value, cell);
    }

    @Test
    void femaleAndMaleAreComparedWithTheTotalOfTheSameCell() {
        List<SubmissionValue> values = new ArrayList<>(List.of(
                v("Detected trafficking victims", "Total", "Total", 100, "H2"),
                v("Detected trafficking victims", "Female", "Total", 70, "H3"),
                v("Detected trafficking victims", "Male", "Total", 40, "H4"),
                v("Detected trafficking victims", "Total", "0 to 17 years", 30, "H5"),
                v("Detected trafficking victims", "Female", "0 to 17 years", 20, "H6")));
        List<RuleViolation> broken = ValidationRules.check(FEMALE_MALE, values);
        assertThat(broken).hasSize(1);
        assertThat(broken.get(0).cells()).containsExactly("H3", "H4", "H2");
        assertThat(broken.get(0).message()).contains("female_male_le_total", "110", "100");
    }

    @Test
    void aRuleWithAMissingSideDoesNotApply() {
        assertThat(ValidationRules.check(CONVICTED, List.of(v("Persons convicted", "Total", "Total", 12, "H9")))).isEmpty();
        assertThat(ValidationRules.check(CONVICTED, List.of(v("Persons convicted", "Total", "Total", 12, "H9"),
                v("Persons prosecuted", "Total", "Total", 10, "H8")))).hasSize(1);
        assertThat(ValidationRules.check(CONVICTED, List.of(v("Persons convicted", "Female", "Total", 12, "H9"),
                v("Persons prosecuted", "Total", "Total", 10, "H8")))).as("counted differently").isEmpty();
    }

    @Test
    void noValueIsNegative() {
        List<RuleViolation> broken = ValidationRules.check(NO_NEGATIVE, List.of(v("Persons convicted", "Total", "Total", -1, "H7"),
                v("Persons prosecuted", "Total", "Total", 0, "H8")));
        assertThat(broken).extracting(RuleViolation::cells).containsExactly(List.of("H7"));
    }
}
