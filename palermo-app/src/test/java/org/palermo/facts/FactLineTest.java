package org.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.palermo.extraction.Extractor;
import org.palermo.extraction.FactLines;
import org.palermo.extraction.Hints;

/**
 * {@code import facts} reads fact lines with Jackson's token stream instead of parsing each into a map. What it
 * stores must be what the contract's reading of the same line says ({@link NewFact#fromContractJson}, used by
 * every other way facts come in), for the lines {@code extract} writes and for lines of other shapes.
 */
class FactLineTest {

    @Test
    void everyFactExtractWritesForTheBundledNewsIsReadAsTheContractReadsIt() throws Exception {
        FactLines lines = new FactLines(new Extractor());
        Set<String> types = new java.util.TreeSet<>();
        int read = 0;
        for (NewsAlerts.Alert a : NewsAlerts.of(NewsDemo.bundled()).alerts().subList(0, 400)) {
            for (String line : lines.of(a.key(), a.text(), Hints.none())) {
                assertThat(FactLine.Streamed.read(line)).as("read as a token stream: %s", line).isNotNull();
                NewFact contract = NewFact.fromContractJson(FactLine.object(line)).withoutData();
                assertThat(FactLine.read(line, a.text()).fact()).as(line).isEqualTo(contract);
                types.add(contract.type());
                read++;
            }
        }
        assertThat(read).isGreaterThan(100);
        assertThat(types).as("every type of fact among them").containsExactly("country_role", "event", "statistic");
    }

    @Test
    void linesOfOtherShapesAreReadAsTheirMapIs() throws Exception {
        String text = "In 2021 police in Lagos rescued 25 victims of trafficking.";
        List<String> good = List.of(
                // numbers where text is expected, an object in a text field, a list with a number, nested unknown fields
                "{\"doc\":7,\"type\":\"statistic\",\"org\":{\"name\":\"police\"},\"metric\":12,\"value\":25,\"unit\":\"victims\","
                        + "\"period\":{\"from\":2021,\"to\":null,\"text\":{\"x\":[1,2]}},\"quote\":\"rescued 25 victims\",\"start\":24,"
                        + "\"end\":42,\"forms\":[\"FORCED_LABOUR\",3],\"extra\":{\"a\":[{\"b\":null}]},\"confidence\":1}",
                // fields in another order, whole numbers written as decimals, no period, no extractor, a null list
                "{\"quote\":\"police in Lagos\",\"end\":23.0,\"start\":8.0,\"type\":\"event\",\"event\":\"RESCUE\",\"date\":\"2021\","
                        + "\"doc\":\"d1\",\"victim_groups\":null,\"country\":\"NGA\"}",
                // a country role with a counterpart, the same field twice (the last one counts, as in a map)
                "{\"doc\":\"d1\",\"type\":\"country_role\",\"role\":\"ORIGIN\",\"role\":\"DESTINATION\",\"country\":\"NGA\","
                        + "\"counterpart\":\"ITA\",\"quote\":\"Lagos\",\"start\":18,\"end\":23,\"period\":null,\"confidence\":0.25}");
        for (String line : good) {
            NewFact contract = NewFact.fromContractJson(FactLine.object(line)).withoutData();
            assertThat(FactLine.read(line, text).fact()).as(line).isEqualTo(contract);
        }
        assertThat(FactLine.read(good.get(0), text).fact().org()).isEqualTo("{name=police}");
        assertThat(FactLine.read(good.get(0), text).fact().forms()).containsExactly("FORCED_LABOUR", "3");
        assertThat(FactLine.read(good.get(1), text).fact().year()).isEqualTo(2021);
        assertThat(FactLine.read(good.get(2), text).fact().role()).isEqualTo("DESTINATION");

        assertThatThrownBy(() -> FactLine.read("{\"doc\":\"d1\",\"type\":\"statistic\",\"value\":\"many\",\"quote\":\"Lagos\","
                + "\"start\":18,\"end\":23}", text)).hasMessage("\"value\" is 'many', not a number");
        assertThatThrownBy(() -> FactLine.read("{\"doc\":\"d1\",\"type\":\"statistic\",\"forms\":\"FORCED_LABOUR\","
                + "\"quote\":\"Lagos\",\"start\":18,\"end\":23}", text)).hasMessage("\"forms\" is not a list");
        assertThatThrownBy(() -> FactLine.read("{\"doc\":\"d1\",\"type\":\"statistic\",\"period\":[2021],"
                + "\"quote\":\"Lagos\",\"start\":18,\"end\":23}", text)).hasMessage("\"period\" is not an object");
        assertThatThrownBy(() -> FactLine.read("{\"doc\":\"d1\",\"type\":\"statistic\",\"quote\":\"Lagos\",\"start\":18,"
                + "\"end\":23} {", text)).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> FactLine.read("{\"doc\":\"d1\",\"type\":\"event\",\"quote\":\"Lagos\",\"start\":18,\"end\":23,"
                + "\"country\":\"XXX\"}", text)).hasMessage("\"country\" 'XXX' is not an ISO 3166-1 alpha-3 code");
        assertThatThrownBy(() -> FactLine.read("[1,2]", text)).hasMessage("not a JSON object");
    }
}
