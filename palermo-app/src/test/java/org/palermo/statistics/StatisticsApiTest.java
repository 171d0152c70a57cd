package org.palermo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.text.CsvReader;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The public statistics API against rows taken straight from the raw GLOTIP file. */
@PalermoIntegrationTest
class StatisticsApiTest {

    @LocalServerPort
    int port;

    /** 200 rows drawn at random from a byte-for-byte sample of the raw export each come back with the value as published. */
    @Test
    void rowsDrawnFromTheRawFileComeBackThroughTheApi() throws IOException {
        List<List<String>> raw = rawSample();
        long seed = System.nanoTime();
        List<List<String>> drawn = new ArrayList<>(raw);
        Collections.shuffle(drawn, new Random(seed));
        Http http = new Http(port);
        List<String> wrong = new ArrayList<>();
        for (List<String> row : drawn.subList(0, 200)) {
            String iso3 = row.get(0);
            String path = "/api/v1/statistics?indicator=" + Http.q(row.get(4)) + "&dimension=" + Http.q(row.get(5))
                    + "&category=" + Http.q(row.get(6)) + "&sex=" + Http.q(row.get(7)) + "&age=" + Http.q(row.get(8))
                    + "&year=" + row.get(9) + (iso3.isEmpty() ? "" : "&country=" + iso3);
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            boolean found = false;
            for (JsonNode o : r.json()) {
                if (!o.get("country_name").asString().equals(row.get(1)) || !o.get("category_text").asString().equals(row.get(6))) {
                    continue;
                }
                String text = row.get(11);
                boolean sameValue = text.startsWith("<") ? o.get("value").isNull()
                        : !o.get("value").isNull() && o.get("value").asLong() == Long.parseLong(text.replace(",", ""));
                if (o.get("value_text").asString().equals(text) && sameValue && o.get("source").asString().equals(row.get(12))) {
                    found = true;
                }
            }
            if (!found) {
                wrong.add(String.join(",", row) + " -> " + r.body());
            }
        }
        assertThat(wrong).as("rows not returned as published (seed " + seed + ")").isEmpty();
    }

    @Test
    void everyRowOfTheExportIsAnObservationOnce() {
        JsonNode all = new Http(port).get("/api/v1/statistics").json();
        java.util.Map<String, Integer> perIndicator = new java.util.TreeMap<>();
        for (JsonNode o : all) {
            if (o.get("source").asString().equals("GLOTIP")) {
                perIndicator.merge(o.get("indicator").asString(), 1, Integer::sum);
            }
        }
        assertThat(perIndicator).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "Detected trafficking victims", 39485, "Persons convicted", 8431, "Persons prosecuted", 4973,
                "Persons brought into formal contact", 4547, "Offences of trafficking in persons", 1333));
        assertThat(perIndicator.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(58769);
    }

    @Test
    void suppressedCountsStaySuppressedAndSeparatorsAreRemoved() {
        Http http = new Http(port);
        JsonNode and = http.get("/api/v1/statistics?country=AND&indicator=Persons+convicted&dimension=by+citizenship&year=2022").json();
        JsonNode nationals = find(and, "category", "AND");
        assertThat(nationals).as("'Ciudadanos de su país' is Andorra itself").isNotNull();
        assertThat(nationals.get("value").asLong()).isEqualTo(6112019L);
        assertThat(nationals.get("value_text").asString()).isEqualTo("6,112,019");
        JsonNode aruba = http.get("/api/v1/statistics?country=ABW&dimension=by+country+of+repatriation&year=2010").json();
        JsonNode ukraine = find(aruba, "category", "UKR");
        assertThat(ukraine.get("value").isNull()).isTrue();
        assertThat(ukraine.get("value_text").asString()).isEqualTo("<5");
        assertThat(ukraine.get("category_text").asString()).isEqualTo("Ukraine");
    }

    @Test
    void answersHaveTheContractFields() {
        JsonNode first = new Http(port).get("/api/v1/statistics?country=NGA&year=2019&indicator=Detected+trafficking+victims"
                + "&dimension=Total&category=Total&sex=Total&age=Total").json();
        assertThat(first.size()).isEqualTo(1);
        for (String field : List.of("country", "indicator", "dimension", "category", "sex", "age", "year", "value", "value_text", "source")) {
            assertThat(first.get(0).has(field)).as(field).isTrue();
        }
        assertThat(first.get(0).get("value").asLong()).isEqualTo(1152);
        assertThat(first.get(0).get("year").asInt()).isEqualTo(2019);
    }

    @Test
    void conflictsAreKeptAndFlagged() {
        Http http = new Http(port);
        JsonNode arg = http.get("/api/v1/statistics?country=ARG&indicator=Detected+trafficking+victims&dimension=Total&sex=Other&age=Total&year=2019").json();
        assertThat(arg.size()).isEqualTo(2);
        assertThat(List.of(arg.get(0).get("value_text").asString(), arg.get(1).get("value_text").asString())).containsExactlyInAnyOrder("<5", "11");
        assertThat(arg.get(0).get("conflict").asBoolean()).isTrue();
        JsonNode conflicts = http.get("/api/v1/statistics/conflicts").json();
        int differ = 0;
        for (JsonNode c : conflicts) {
            differ += c.get("values_differ").asBoolean() ? 1 : 0;
        }
        assertThat(conflicts.size()).as("keys published more than once").isEqualTo(492);
        assertThat(differ).as("of which with different values").isEqualTo(284);
    }

    @Test
    void badParametersAre400WithTheField() {
        Http http = new Http(port);
        Http.Response unknown = http.get("/api/v1/statistics?indicator=Victims+of+nothing");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("indicator");
        assertThat(http.get("/api/v1/statistics?country=XYZ").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/statistics?year=twenty").status()).isEqualTo(400);
    }

    @Test
    void downloadsCarryTheSameSelection() {
        Http http = new Http(port);
        Http.Response csv = http.get("/api/v1/statistics.csv?country=NGA&indicator=Persons+convicted");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        int rows = http.get("/api/v1/statistics?country=NGA&indicator=Persons+convicted").json().size();
        List<List<String>> parsed = CsvReader.parse(csv.body());
        assertThat(parsed.get(0)).startsWith("country", "country_name", "indicator");
        assertThat(parsed).hasSize(rows + 1);
        Http.Response xlsx = http.get("/api/v1/statistics.xlsx?country=NGA");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).contains("statistics.xlsx");
        assertThat(http.get("/api/v1/statistics.csv?indicator=nothing").status()).isEqualTo(400);
    }

    @Test
    void countrySummaryForNigeriaHasSeriesSharesAndNotes() {
        JsonNode nga = new Http(port).get("/api/v1/statistics/countries/NGA").json();
        assertThat(nga.get("name").asString()).isEqualTo("Nigeria");
        List<String> charts = new ArrayList<>();
        nga.get("charts").forEach(c -> charts.add(c.get("id").asString()));
        assertThat(charts).contains("victims", "justice", "victims-sex-age", "victims-form");
        JsonNode y2019 = null;
        for (JsonNode s : nga.get("shares")) {
            if (s.get("year").asInt() == 2019) {
                y2019 = s;
            }
        }
        assertThat(y2019.get("total").asLong()).isEqualTo(1152);
        assertThat(y2019.get("children").asLong()).isEqualTo(573);
        assertThat(nga.get("notes").size()).isPositive();
        assertThat(new Http(port).get("/api/v1/statistics/countries/XXX").status()).isEqualTo(404);
    }

    @Test
    void mapGivesEachCountrysTotalWithHdi() {
        JsonNode map = new Http(port).get("/api/v1/statistics/map?indicator=Detected+trafficking+victims&year=2019").json();
        assertThat(map.get("dimension").asString()).isEqualTo("Total");
        JsonNode nga = find(map.get("countries"), "country", "NGA");
        assertThat(nga.get("value").asLong()).isEqualTo(1152);
        assertThat(nga.get("hdi").isNull()).isFalse();
        assertThat(map.get("countries").size()).isGreaterThan(80);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asString().equals(value)) {
                return n;
            }
        }
        return null;
    }

    static List<List<String>> rawSample() throws IOException {
        try (InputStream in = StatisticsApiTest.class.getResourceAsStream("/statistics/glotip-raw-sample.csv")) {
            List<List<String>> rows = CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            return rows.subList(3, rows.size());
        }
    }
}
