package org.palermo.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

import org.palermo.system.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start, imports the bundled UNODC GLOTIP export (data/statistics/data_glotip.csv.gz). */
@Component
@Order(30)
class SeedStatistics implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedStatistics.class);
    static final String PART = "statistics:glotip";
    static final String RESOURCE = "data/statistics/data_glotip.csv.gz";

    private final GlotipImport glotip;
    private final DemoData demoData;

    SeedStatistics(GlotipImport glotip, DemoData demoData) {
        this.glotip = glotip;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadOnce(PART, () -> {
            ImportReport r = glotip.importFile("data_glotip.csv", bundled());
            log.info("GLOTIP {}: {} rows, {} keys published twice ({} with different values), {} rows not placed, {} ms",
                    r.exportedOn(), r.rows(), r.duplicateKeys(), r.conflicts(), r.notPlaced().size(), r.millis());
            return r.rows() + " GLOTIP rows (export of " + r.exportedOn() + ")";
        });
    }

    /** The bundled export, uncompressed: the same bytes as the file UNODC published. */
    static byte[] bundled() {
        try (InputStream in = SeedStatistics.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + RESOURCE);
            }
            try (GZIPInputStream gz = new GZIPInputStream(in)) {
                return gz.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
