import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.palermo.PalermoApplication;
import org.palermo.casedata.CaseAggregates;
import org.palermo.casedata.CaseRecords;
import org.palermo.casedata.SyntheticCtdc;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generates N synthetic CTDC records, imports them through the real import (COPY in one transaction)
 * into a throw-away embedded PostgreSQL, then times published aggregates — counting in PostgreSQL,
 * margins, k-anonymity, "<5" and complementary suppression, slicing — for typical and worst-case
 * questions. Plain timed loop (no JMH in the build): 2 warm-up runs, then the median of 5.
 */
public class AggregationBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path home = Files.createTempDirectory("palermo-bench");
        Path csv = home.resolve("synthetic-ctdc.csv");
        long t0 = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            new SyntheticCtdc(2024).write(out, n);
        }
        double generate = seconds(t0);
        System.out.printf("generated %,d records (%,d MB) in %.1f s%n", n, Files.size(csv) >> 20, generate);

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PalermoApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--palermo.home=" + home, "--palermo.home.delete-on-close=true", "--palermo.demo-data=false",
                        "--logging.level.org.palermo=WARN")) {
            CaseRecords records = context.getBean(CaseRecords.class);
            CaseAggregates aggregates = context.getBean(CaseAggregates.class);
            t0 = System.nanoTime();
            CaseRecords.ImportResult imported;
            try (InputStream in = Files.newInputStream(csv)) {
                imported = records.importCtdc(csv.getFileName().toString(), in, new CaseRecords.ImportOptions(null, false, true));
            }
            double load = seconds(t0);
            System.out.printf("imported %,d records in %.1f s (%,.0f records/s)%n%n", imported.records(), load, imported.records() / load);
            context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("analyze case_record").update();

            String[][] questions = {
                    {"", ""}, {"sex", ""}, {"sex,age_band", ""}, {"year", "country=PHL"}, {"citizenship,country", ""},
                    {"form,sex", ""}, {"means", "citizenship=UKR"}, {"sex,age_band,year", "country=USA"},
                    {"sex,age_band,citizenship,year", ""}, {"sex,age_band,citizenship,country", "year=2018"}};
            System.out.printf("%-36s %-16s %8s %8s %8s %9s %9s%n", "by", "filter", "median", "min", "max", "cells", "hidden");
            for (String[] q : questions) {
                Map<String, String> filters = new java.util.LinkedHashMap<>();
                if (!q[1].isEmpty()) {
                    String[] kv = q[1].split("=");
                    filters.put(kv[0], kv[1]);
                }
                CaseAggregates.Query query = CaseAggregates.Query.parse(q[0], filters, null);
                CaseAggregates.Published last = null;
                double[] times = new double[5];
                for (int i = 0; i < 2; i++) {
                    last = aggregates.aggregate(query);
                }
                for (int i = 0; i < times.length; i++) {
                    long s = System.nanoTime();
                    last = aggregates.aggregate(query);
                    times[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(times);
                int cells = last.cells().size() + last.margins().size() + 1;
                int hidden = last.suppressed().cells() + last.suppressed().margins();
                System.out.printf("%-36s %-16s %6.0fms %6.0fms %6.0fms %9d %9d%n", q[0].isEmpty() ? "(total)" : q[0], q[1],
                        times[2], times[0], times[4], cells, hidden);
            }
        }
        Files.deleteIfExists(csv);
        System.out.println();
        System.out.printf("JVM %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
