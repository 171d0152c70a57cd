package org.palermo.casedata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.palermo.system.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start, imports a synthetic CTDC data set (marked synthetic) so the case-data pages have something to show. */
@Component
@Order(40)
class SyntheticDemoData implements ApplicationRunner {

    static final String PART = "casedata:synthetic";
    static final int RECORDS = 20_000;
    static final long SEED = 2017;

    private final CaseRecords records;
    private final DemoData demoData;

    SyntheticDemoData(CaseRecords records, DemoData demoData) {
        this.records = records;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadOnce(PART, this::load);
    }

    private String load() {
        StringWriter out = new StringWriter();
        try {
            new SyntheticCtdc(SEED).write(out, RECORDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CaseRecords.ImportResult r = records.importCtdc("synthetic-ctdc-demo-" + SEED + ".csv",
                new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
                new CaseRecords.ImportOptions(null, false, true));
        return r.records() + " synthetic case records (data set " + r.datasetId() + ")";
    }
}
