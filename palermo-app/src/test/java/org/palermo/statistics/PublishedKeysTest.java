package org.palermo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A user who copies a row's key from the GLOTIP file (Iso3_code or Country, Indicator, Dimension, Category, Sex,
 * Age, Year) gets that row from the API: rows of the bundled file drawn at random, every row whose category holds
 * a comma ("China, Taiwan Province of China") and every row of a place published without an ISO code (Sark).
 */
@PalermoIntegrationTest
class PublishedKeysTest {

    @LocalServerPort
    int port;

    @Test
    void everyPublishedKeyFindsItsRow() {
        List<List<String>> rows = bundledRows();
        long seed = System.nanoTime();
        List<List<String>> drawn = new ArrayList<>(rows);
        Collections.shuffle(drawn, new Random(seed));
        List<List<String>> asked = new ArrayList<>(drawn.subList(0, 200));
        List<List<String>> hard = rows.stream().filter(r -> r.get(6).contains(",") || r.get(0).isBlank()).toList();
        assertThat(hard).as("rows with a comma in their category or without a code").hasSizeGreaterThan(40);
        asked.addAll(hard);
        Http http = new Http(port);
        List<String> lost = new ArrayList<>();
        for (List<String> row : asked) {
            String country = row.get(0).isBlank() ? row.get(1) : row.get(0);
            String path = "/api/v1/statistics?country=" + Http.q(country) + "&indicator=" + Http.q(row.get(4))
                    + "&dimension=" + Http.q(row.get(5)) + "&category=" + Http.q(row.get(6)) + "&sex=" + Http.q(row.get(7))
                    + "&age=" + Http.q(row.get(8)) + "&year=" + row.get(9);
            Http.Response r = http.get(path);
            if (r.status() != 200 || !holds(r.json(), row)) {
                lost.add(String.join(",", row) + " -> " + r.status() + " " + r.body());
            }
        }
        assertThat(lost).as("published keys whose row does not come back (seed " + seed + ")").isEmpty();
    }

    @Test
    void theKeyFromTheIssueFindsPeruAndSoDoesItsIsoCode() {
        Http http = new Http(port);
        for (String category : List.of("Peru", "PER")) {
            JsonNode rows = http.get("/api/v1/statistics?country=CHL&dimension=by%20citizenship&category=" + category + "&year=2015").json();
            assertThat(rows).as(category).hasSize(1);
            assertThat(rows.get(0).get("category").asString()).isEqualTo("PER");
            assertThat(rows.get(0).get("category_text").asString()).isEqualTo("Peru");
            assertThat(rows.get(0).get("value_text").asString()).isEqualTo("<5");
        }
        JsonNode byName = http.get("/api/v1/statistics?country=Chile&dimension=by%20citizenship&category=Peru&year=2015").json();
        assertThat(byName).hasSize(1);
        assertThat(http.get("/api/v1/statistics?country=Atlantis").status()).isEqualTo(400);
    }

    /** The answer holds the row as published: country, category and value text, and its count. */
    private static boolean holds(JsonNode answer, List<String> row) {
        for (JsonNode o : answer) {
            String text = row.get(11);
            boolean sameValue = text.startsWith("<") ? o.get("value").isNull()
                    : !o.get("value").isNull() && o.get("value").asLong() == Long.parseLong(text.replace(",", ""));
            if (o.get("country_name").asString().equals(row.get(1)) && o.get("category_text").asString().equals(row.get(6))
                    && o.get("value_text").asString().equals(text) && sameValue && o.get("source").asString().equals(row.get(12))) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> bundledRows() {
        List<List<String>> table = CsvReader.parse(new String(SeedStatistics.bundled(), StandardCharsets.UTF_8));
        int header = 0;
        while (!table.get(header).get(0).equals("Iso3_code")) {
            header++;
        }
        return table.subList(header + 1, table.size()).stream().filter(r -> r.size() >= 13).toList();
    }
}
