package org.palermo.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.palermo.documents.NewDocument;
import org.palermo.documents.SourceType;
import org.palermo.documents.Sources;
import org.palermo.extraction.Extractor;
import org.palermo.extraction.Hints;
import org.palermo.system.DemoData;
import org.palermo.text.CsvReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * On first start, the bundled news alerts (data/news) as a demo corpus: each alert a MEDIA document of its
 * outlet (one source per publisher, see {@link NewsAlerts}), its facts extracted as suggestions with no country
 * hint — the same extraction as every ingested document — and stored by the bulk path ({@link FactBatches}).
 * The citation index counted by publishers then rests on many independent outlets, not on one publisher.
 */
@Component
@Order(50)
class NewsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NewsDemo.class);
    static final String PART = "facts:news";
    static final String RESOURCE = "data/news/google_alerts_flat.csv.gz";

    private final FactBatches batches;
    private final DemoData demoData;
    private final JsonMapper json = JsonMapper.builder().build();

    NewsDemo(FactBatches batches, DemoData demoData) {
        this.batches = batches;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadOnce(PART, this::load);
    }

    private String load() {
        NewsAlerts news = NewsAlerts.of(bundled());
        Extractor extractor = new Extractor();
        Set<String> texts = new HashSet<>();
        // the same alert under another alert subject is the same document: kept once
        List<NewsAlerts.Alert> distinct = news.alerts().stream().filter(a -> texts.add(a.text())).toList();
        // the extractor is stateless and shared between threads: both cores extract while the start waits
        List<FactBatches.DocumentRun> runs = distinct.parallelStream().map(a -> {
            NewsAlerts.Outlet outlet = news.outlet(a);
            NewDocument d = NewDocument.ofText(a.key(), a.title(), a.text(), null, new Sources.NewSource(outlet.sourceName(),
                    SourceType.MEDIA, outlet.domain(), null, null, "https://" + outlet.domain() + "/"));
            List<FactBatches.FactToStore> extracted = new ArrayList<>();
            for (var f : extractor.extract(a.text(), Hints.none())) {
                var contract = f.toJson(a.key());
                extracted.add(new FactBatches.FactToStore(NewFact.fromContractJson(contract), json.writeValueAsString(contract)));
            }
            return new FactBatches.DocumentRun(d, Extractor.VERSION, extracted);
        }).toList();
        int facts = runs.stream().mapToInt(r -> r.facts().size()).sum();
        FactBatches.BatchResult r = batches.store(runs);
        log.info("News demo corpus: {} alerts, {} documents of {} outlets, {} facts suggested", news.alerts().size(), r.documents(),
                news.outletCount(), r.facts());
        return news.alerts().size() + " news alerts: " + r.documentsCreated() + " documents of " + r.sourcesCreated()
                + " new sources, " + r.facts() + " suggested facts (" + facts + " extracted)";
    }

    static List<List<String>> bundled() {
        try (InputStream in = NewsDemo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + RESOURCE);
            }
            return CsvReader.read(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
