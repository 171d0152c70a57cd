import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.palermo.PalermoApplication;
import org.palermo.statistics.GlotipImport;
import org.palermo.statistics.ImportReport;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * GLOTIP import against its floor, in the same JVM and database: the floor is PostgreSQL's COPY of the
 * raw CSV into a plain 13-column text table in one transaction; the import is GlotipImport on an empty
 * statistics schema (parse, normalise, COPY to staging, merge, flag duplicates, audit). Also times a
 * re-import of the same content in other bytes (the full merge path that changes nothing). A second floor, for the
 * record: COPY of exactly the observation rows the import stored (dumped after it) into a table shaped like the
 * observations with their five indexes (no trigger): what the schema itself costs.
 * Usage: ImportBench CSV [RUNS]; the first run is warm-up and not counted.
 */
public class ImportBench {

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Path home = Files.createTempDirectory("palermo-bench-import");
        byte[] bytes = Files.readAllBytes(csv);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String fromHeader = text.substring(text.indexOf("Iso3_code"));
        byte[] lf = text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PalermoApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--palermo.home=" + home, "--palermo.home.delete-on-close=true", "--palermo.demo-data=false",
                        "--logging.level.root=WARN", "--logging.level.org.palermo=WARN")) {
            DataSource ds = ctx.getBean(DataSource.class);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            GlotipImport glotip = ctx.getBean(GlotipImport.class);
            jdbc.sql("""
                    create table if not exists bench_stage (iso3 text, country text, region text, subregion text, indicator text,
                        dimension text, category text, sex text, age text, year text, unit text, value text, source text)""").update();
            List<Long> floor = new ArrayList<>();
            List<Long> full = new ArrayList<>();
            List<Long> merge = new ArrayList<>();
            List<Long> indexed = new ArrayList<>();
            List<ProcessCpu> floorCpu = new ArrayList<>();
            List<ProcessCpu> importCpu = new ArrayList<>();
            jdbc.sql("create table if not exists bench_observation (like stat_observation including all)").update();
            String columns = "country, country_name, indicator, dimension, category, category_text, sex, age, year, value, value_text, "
                    + "unit, source, occurrence, row_key, release_id, source_line, duplicate, conflict";
            ImportReport last = null;
            for (int run = 0; run <= runs; run++) {
                jdbc.sql("truncate bench_stage").update();
                ProcessCpu c0 = ProcessCpu.now(home);
                long t0 = System.nanoTime();
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    c.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("copy bench_stage from stdin (format csv, header true)", new StringReader(fromHeader));
                    c.commit();
                }
                long t1 = System.nanoTime();
                ProcessCpu c1 = ProcessCpu.now(home);
                jdbc.sql("truncate stat_observation, stat_observation_history, stat_release cascade").update();
                ProcessCpu c2 = ProcessCpu.now(home);
                long t2 = System.nanoTime();
                last = glotip.importFile("data_glotip.csv", bytes);
                long t3 = System.nanoTime();
                ProcessCpu c3 = ProcessCpu.now(home);
                java.io.StringWriter rows = new java.io.StringWriter();
                try (Connection c = ds.getConnection()) {
                    c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select " + columns + " from stat_observation) to stdout", rows);
                }
                jdbc.sql("truncate bench_observation").update();
                long i0 = System.nanoTime();
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_observation (" + columns + ") from stdin",
                            new StringReader(rows.toString()));
                    c.commit();
                }
                long i1 = System.nanoTime();
                long t3b = System.nanoTime();
                glotip.importFile("data_glotip-lf.csv", lf);
                long t4 = System.nanoTime();
                if (run > 0) {
                    floor.add((t1 - t0) / 1_000_000);
                    full.add((t3 - t2) / 1_000_000);
                    merge.add((t4 - t3b) / 1_000_000);
                    indexed.add((i1 - i0) / 1_000_000);
                    floorCpu.add(c1.minus(c0));
                    importCpu.add(c3.minus(c2));
                }
            }
            int staged = jdbc.sql("select count(*) from bench_stage").query(Integer.class).single();
            int stored = jdbc.sql("select count(*) from stat_observation").query(Integer.class).single();
            System.out.printf("rows: floor table %d, observations %d (report: %d rows, %d conflicts)%n", staged, stored, last.rows(),
                    last.conflicts());
            System.out.printf("floor  COPY raw CSV into plain table   median %5d ms  (runs %s)%n", median(floor), floor);
            System.out.printf("import GLOTIP into empty schema      median %5d ms  (runs %s)%n", median(full), full);
            System.out.printf("re-import same content (merge only)  median %5d ms  (runs %s)%n", median(merge), merge);
            System.out.printf("COPY of the stored rows into an indexed copy of the observations  median %5d ms  (runs %s)%n",
                    median(indexed), indexed);
            System.out.printf("CPU, floor: %s%nCPU, import: %s%n", floorCpu, importCpu);
            System.out.printf("load average %s%n", Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
            System.out.println("like with like: both in this one warm JVM (start-up in neither), both from bytes already in memory, both "
                    + "one transaction committed to the same database; the floor parses nothing (CSV cells into text columns), the "
                    + "import parses, checks and keys every row and maintains the observations' five indexes");
            System.out.printf("ratio import / floor: %.1f (import / COPY into the indexed table: %.1f)%n",
                    (double) median(full) / Math.max(1, median(floor)), (double) median(full) / Math.max(1, median(indexed)));
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
