package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A JSONL input line as extract and bulk-extract both read it (CONTRACTS §2). */
class InputDocumentTest {

    @Test
    void aLineGivesItsIdTextAndCountryAndOtherFieldsAreIgnored() throws Exception {
        InputDocument d = InputDocument.fromJsonLine(
                "{\"id\": 17, \"text\": \"Police in Lagos arrested 48 suspects.\", \"country\": \"NGA\", \"source\": \"x\"}");

        assertThat(d.id()).isEqualTo("17");
        assertThat(d.text()).isEqualTo("Police in Lagos arrested 48 suspects.");
        assertThat(d.hints().country()).isEqualTo("NGA");
        assertThat(InputDocument.fromJsonLine("{\"id\": \"a\", \"text\": \"\", \"country\": null}").hints().country())
                .isNull();
    }

    @Test
    void aBadLineSaysWhatIsWrong() {
        assertThatThrownBy(() -> InputDocument.fromJsonLine("not json")).hasMessageStartingWith("not valid JSON (");
        assertThatThrownBy(() -> InputDocument.fromJsonLine("[1, 2]")).hasMessage("not a JSON object");
        assertThatThrownBy(() -> InputDocument.fromJsonLine("{\"text\": \"t\"}")).hasMessage("missing \"id\"");
        assertThatThrownBy(() -> InputDocument.fromJsonLine("{\"id\": \"a\", \"text\": 5}"))
                .hasMessage("missing \"text\" (a string)");
    }

    @Test
    void factLinesAreTheContractsJsonInTextOrder() throws Exception {
        FactLines lines = new FactLines(new Extractor());

        var out = lines.of(InputDocument.fromJsonLine(
                "{\"id\": \"ua\", \"text\": \"21. Ukraine reported that a total of 785 crimes had been under investigation.\"}"));

        assertThat(out).first().asString().startsWith("{\"doc\":\"ua\",\"type\":\"statistic\",\"country\":\"UKR\"")
                .contains("\"value\":785", "\"paragraph\":\"21\"");
    }
}
