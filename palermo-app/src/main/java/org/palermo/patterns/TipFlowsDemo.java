package org.palermo.patterns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.palermo.system.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start, imports the bundled TIP-report edge lists 2001–2016 so a new user sees flows at once. */
@Component
@Order(40)
class TipFlowsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TipFlowsDemo.class);
    static final String PART = "patterns:tip-flows";
    static final int FIRST = 2001;
    static final int LAST = 2016;

    private final FlowImports imports;
    private final DemoData demoData;

    TipFlowsDemo(FlowImports imports, DemoData demoData) {
        this.imports = imports;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadOnce(PART, this::load);
    }

    private String load() {
        int facts = 0;
        int unresolved = 0;
        for (int year = FIRST; year <= LAST; year++) {
            String file = "edgelist" + year + ".txt";
            FlowImportReport r = imports.importFile(file, read("data/flows/" + file), year);
            facts += r.facts();
            unresolved += r.unresolved().size();
        }
        log.info("Imported TIP-report flows {}–{}: {} flow facts, {} unresolved names listed at /patterns/flows/imports",
                FIRST, LAST, facts, unresolved);
        return (LAST - FIRST + 1) + " TIP report edge lists, " + facts + " flow facts, " + unresolved + " unresolved names";
    }

    private static byte[] read(String resource) {
        try (InputStream in = TipFlowsDemo.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
