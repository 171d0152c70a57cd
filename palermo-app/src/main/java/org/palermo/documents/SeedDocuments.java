package org.palermo.documents;

import java.util.List;

import org.palermo.system.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start, ingests the five bundled UN documents (the seeds) as reports of international organisations. */
@Component
@Order(20)
class SeedDocuments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedDocuments.class);
    static final String PART = "documents:seeds";

    private final Documents documents;
    private final Sources sources;
    private final DemoData demoData;

    SeedDocuments(Documents documents, Sources sources, DemoData demoData) {
        this.documents = documents;
        this.sources = sources;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadOnce(PART, this::load);
    }

    private String load() {
        int n = 0;
        for (List<String> row : DemoData.csv("data/seeds/seeds.csv")) {
            String file = row.get(0);
            String title = row.get(1);
            byte[] bytes = DemoData.bytes("data/seeds/" + file);
            Source source = sources.byName(title).orElseGet(() -> sources.register(new Sources.NewSource(title,
                    SourceType.INTERNATIONAL_ORGANISATION, row.get(3), row.get(2), "A", null)));
            try {
                IngestResult r = documents.ingest(new Upload(file, bytes, source.type(), source.name(), null));
                documents.retitle(r.documentId(), title);
                n++;
            } catch (UnreadableDocumentException e) {
                throw new IllegalStateException("Bundled seed " + file + " cannot be read: " + e.getMessage(), e);
            }
        }
        log.info("Ingested {} bundled UN documents", n);
        return n + " seed documents";
    }
}
