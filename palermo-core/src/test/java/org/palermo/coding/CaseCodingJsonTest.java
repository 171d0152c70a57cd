package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reading input lines and writing coded lines in the format of CONTRACTS.md §3. */
class CaseCodingJsonTest {

    @Test
    void otherFieldsAreIgnored() throws BadDecisionLineException {
        DecisionLine d = CaseCodingJson.read("{\"id\":\"X\",\"court\":\"C\",\"text\":\"The victim.\"}");
        assertThat(d.id()).isEqualTo("X");
        assertThat(d.text()).isEqualTo("The victim.");
        assertThat(d.labels()).isNull();
    }

    @Test
    void badLinesSayWhy() {
        assertThatThrownBy(() -> CaseCodingJson.read("{not json")).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> CaseCodingJson.read("{\"id\":\"X\"}")).hasMessage("no \"text\"");
        assertThatThrownBy(() -> CaseCodingJson.read("[1,2]")).hasMessage("not a JSON object");
        String huge = "{\"id\":\"X\",\"text\":\"" + "a".repeat(5_000_000) + "\"}";
        assertThatThrownBy(() -> CaseCodingJson.read(huge)).hasMessageStartingWith("\"text\" too long");
    }

    @Test
    void codedLineRoundTrips() throws BadDecisionLineException {
        String text = "Four minors, young Mexican girls, were discovered and detained.";
        CodedCase coded = new CaseCoder().code("USA003", text);

        String line = CaseCodingJson.write(coded);
        DecisionLine back = CaseCodingJson.read(line.replaceFirst("\\{", "{\"text\":\"\","));

        assertThat(line).startsWith("{\"id\":\"USA003\",\"labels\":{\"acts\":");
        assertThat(line).contains("\"evidence\":{").contains("\"minors_involved\":{\"quote\":\"Four minors");
        assertThat(back.labels()).isEqualTo(coded.labels());
    }
}
