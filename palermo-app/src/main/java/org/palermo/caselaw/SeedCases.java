package org.palermo.caselaw;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.palermo.documents.Sources;
import org.palermo.documents.SourceType;
import org.palermo.system.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start, imports the 60 bundled decisions of the UNODC case-law database with their human coding. */
@Component
@Order(30)
class SeedCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedCases.class);
    static final String PART = "caselaw:demo";
    static final String RESOURCE = "data/caselaw/cldb-us-dev.jsonl";
    static final String SOURCE = "UNODC SHERLOC case law database";

    private final CaseImport imports;
    private final Sources sources;
    private final DemoData demoData;

    SeedCases(CaseImport imports, Sources sources, DemoData demoData) {
        this.imports = imports;
        this.sources = sources;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadOnce(PART, this::load);
    }

    private String load() {
        if (sources.byName(SOURCE).isEmpty()) {
            sources.register(new Sources.NewSource(SOURCE, SourceType.COURT_DECISION, "United Nations Office on Drugs and Crime",
                    null, "A", "https://sherloc.unodc.org/cld/en/v3/sherloc/cldb/index.html"));
        }
        try (InputStream in = SeedCases.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + RESOURCE);
            }
            CaseImport.Report report = imports.importJsonl(new InputStreamReader(in, StandardCharsets.UTF_8), SOURCE);
            if (!report.errors().isEmpty()) {
                throw new IllegalStateException("Bundled decisions failed to import: " + report.errors());
            }
            log.info("Imported {} bundled court decisions ({} dates kept as written)", report.imported(), report.warnings().size());
            return report.imported() + " court decisions";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
