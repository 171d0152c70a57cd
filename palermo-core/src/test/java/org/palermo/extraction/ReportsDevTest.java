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

/**
 * Statistics of real report excerpts nobody labelled for the extractor (reports-dev, see the NOTICE): UN,
 * government, NGO and press pages in English, French and Spanish, each read as a plain file with no hint and
 * scored as score_facts.py scores {@code ./palermo extract}'s output. Only the dev split is asserted on: the
 * rules for subjects, tables, shares and the other languages were written while reading it (P 0.39, R 0.31 before
 * issue 15, P 0.98, R 0.96 on 2026-12-07), so the floors sit just below that; the test split is held out and only
 * reported (README).
 */
class ReportsDevTest {

    @Test
    void statisticsHoldOnTheDevExcerptsReadWithNoHint() throws IOException {
        Map<String, String> texts = new HashMap<>();
        List<StatisticsScore.Prediction> predictions = new ArrayList<>();
        Extractor extractor = new Extractor();
        for (String line : lines("split.tsv")) {
            String[] f = line.split("\t");
            if (!f[1].equals("dev")) {
                continue;
            }
            String text = text("texts/" + f[0]);
            texts.put(f[0], text);
            for (Fact fact : extractor.extract(text, Hints.none())) {
                if (fact instanceof Statistic s) {
                    predictions.add(new StatisticsScore.Prediction(f[0], s));
                }
            }
        }
        List<StatisticsScore.GoldStatistic> gold = StatisticsScore.readGold(lines("facts.tsv"), texts::get).stream()
                .filter(g -> texts.containsKey(g.doc())).toList();
        assertThat(texts).hasSize(23);
        assertThat(gold).hasSize(354);

        StatisticsScore.Result r = StatisticsScore.score(predictions, gold, List.of(), texts::get);

        assertThat(r.exactQuotes()).isEqualTo(r.predicted());
        assertThat(r.precision()).as(r.summary()).isGreaterThanOrEqualTo(0.96);
        assertThat(r.recall()).as(r.summary()).isGreaterThanOrEqualTo(0.94);
    }

    private static List<String> lines(String name) throws IOException {
        return text(name).lines().filter(l -> !l.isBlank()).toList();
    }

    private static String text(String name) throws IOException {
        try (InputStream in = ReportsDevTest.class.getClassLoader().getResourceAsStream("extraction/reports-dev/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
