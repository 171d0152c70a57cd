package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statistics on field text: the hand-annotated news alerts and written report, press-release and
 * government passages of {@code news-statistics.jsonl} (see its NOTICE), scored as score_facts.py scores
 * them: first as a user gets them, every passage read with no hint ({@code "country": null}), then with
 * each line's country as the hint, as a JSONL input is. The floors sit below the figures measured on the
 * dev part (no hint P 0.55, R 0.55 on 2026-12-07: four of its five written passages name no country, and 3 alerts
 * name none a reader could place; with the hint P 0.99, R 0.99; the rules were
 * written while reading the dev part), so that a rule change that loses ground fails the build; the test
 * part is not asserted on, it is only reported (README).
 */
class NewsGoldTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void statisticsHoldOnTheDevPassagesReadWithNoHint() throws IOException {
        StatisticsScore.Result r = devScore(false);
        assertThat(r.exactQuotes()).isEqualTo(r.predicted());
        assertThat(r.precision()).as(r.summary()).isGreaterThanOrEqualTo(0.54);
        assertThat(r.recall()).as(r.summary()).isGreaterThanOrEqualTo(0.54);
    }

    @Test
    void statisticsHoldOnTheDevPassagesWithTheirCountry() throws IOException {
        StatisticsScore.Result r = devScore(true);
        assertThat(r.exactQuotes()).isEqualTo(r.predicted());
        assertThat(r.precision()).as(r.summary()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.recall()).as(r.summary()).isGreaterThanOrEqualTo(0.95);
    }

    private static StatisticsScore.Result devScore(boolean hint) throws IOException {
        Map<String, String> texts = new HashMap<>();
        List<StatisticsScore.Prediction> predictions = new ArrayList<>();
        Extractor extractor = new Extractor();
        for (String line : lines("news-statistics.jsonl")) {
            JsonNode d = JSON.readTree(line);
            if (!"dev".equals(d.get("split").asString())) {
                continue;
            }
            String id = d.get("id").asString();
            String text = d.get("text").asString();
            String country = d.get("country").isNull() || !hint ? null : d.get("country").asString();
            texts.put(id, text);
            for (Fact f : extractor.extract(text, new Hints(country))) {
                if (f instanceof Statistic s) {
                    predictions.add(new StatisticsScore.Prediction(id, s));
                }
            }
        }
        List<StatisticsScore.GoldStatistic> gold = StatisticsScore.readGold(lines("news-statistics.tsv"), texts::get)
                .stream().filter(g -> texts.containsKey(g.doc())).toList();
        assertThat(texts).hasSize(56);
        assertThat(gold).hasSize(142);

        return StatisticsScore.score(predictions, gold, List.of(), texts::get);
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = NewsGoldTest.class.getClassLoader().getResourceAsStream("extraction/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
