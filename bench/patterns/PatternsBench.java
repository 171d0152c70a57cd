import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.palermo.PalermoApplication;
import org.palermo.patterns.Basis;
import org.palermo.patterns.CitationIndex;
import org.palermo.patterns.Counting;
import org.palermo.patterns.FlowMatrix;
import org.palermo.patterns.FlowQuery;
import org.palermo.patterns.Period;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Citation index and flow matrix over 1 million generated facts, then the flows endpoint under 32
 * concurrent clients (wrk). Run by bench/patterns/run.sh; prints figures, asserts nothing.
 *
 * The facts are drawn from the real distributions: origin→destination pairs sampled with their
 * frequency in the 23,132 TIP-report flow facts, 2,000 sources with the UNODC mix of source types,
 * years 2001–2022, forms and victim groups with GLOTIP-like shares, 80 % accepted and 20 % suggestions.
 */
public class PatternsBench {

    public static void main(String[] args) throws Exception {
        int facts = Integer.parseInt(System.getProperty("facts", "1000000"));
        int port = Integer.parseInt(System.getProperty("port", "18181"));
        // -Dhome=DIR keeps the database for a later run, which then skips generating the facts
        String keep = System.getProperty("home");
        Path home = keep == null ? Files.createTempDirectory("palermo-bench") : Path.of(keep);
        long t0 = System.nanoTime();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PalermoApplication.class)
                .run("--palermo.home=" + home, "--server.port=" + port, "--palermo.demo-data=true",
                        "--logging.level.org.palermo=WARN", "--palermo.home.delete-on-close=" + (keep == null));
        System.out.printf("load average at start: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf("started with demo data in %.1f s (data dir %s)%n", (System.nanoTime() - t0) / 1e9, home);
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from fact where extractor = 'bench/1'").query(Integer.class).single() < facts) {
            generate(jdbc, facts);
        } else {
            System.out.println("reusing the generated facts in " + home);
        }
        CitationIndex citations = ctx.getBean(CitationIndex.class);
        FlowMatrix flows = ctx.getBean(FlowMatrix.class);
        if (!Boolean.parseBoolean(System.getProperty("queries", "true"))) {
            httpLoad(port, flows);
            ctx.close();
            return;
        }

        // every run below is a recomputation: bumping the data version invalidates the cache (in a transaction of this
        // process, as a review decision is, so that the server reads the new number at its next request)
        TransactionTemplate write = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        Runnable bump = () -> write.executeWithoutResult(st -> jdbc.sql("update patterns_data_version set version = version + 1").update());
        // baseline in the same run: one plain pass over the country_role facts of fact_view, nothing grouped
        report("baseline: count(*) of country_role facts in fact_view", bump,
                () -> jdbc.sql("select count(*) from fact_view where type = 'country_role' and reviewed").query(Integer.class).single() > 0 ? 1 : 0);
        // the query before the UNION ALL rewrite, timed in the same run and the same snapshot settings as LiveCache
        TransactionTemplate snapshot = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        for (String role : List.of("ORIGIN", "DESTINATION", "TRANSIT")) {
            interleaved("citation index role=" + role + " (accepted)", bump, () -> snapshot.execute(st -> {
                jdbc.sql("set local work_mem = '64MB'").update();
                return previousCitationQuery(jdbc, role);
            }), () -> citations.compute(role, Basis.ACCEPTED, Period.ALL, Counting.SOURCES).value().size());
        }
        report("citation index role=DESTINATION (all, 2010-2015)", bump,
                () -> citations.compute("DESTINATION", Basis.ALL, new Period(2010, 2015), Counting.SOURCES).value().size());
        report("flow matrix (accepted, all years)", bump, () -> flows.flows(FlowQuery.all()).value().size());
        report("flow matrix (all, 2010-2015, SEXUAL_EXPLOITATION)", bump,
                () -> flows.flows(new FlowQuery(new Period(2010, 2015), "SEXUAL_EXPLOITATION", null, null, Basis.ALL)).value().size());
        report("flow matrix cached (no change between calls)", () -> { }, () -> flows.flows(FlowQuery.all()).value().size());
        System.out.printf("load average at end: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());

        if (Boolean.parseBoolean(System.getProperty("wrk", "true"))) {
            httpLoad(port, flows);
        }
        ctx.close();
    }

    /**
     * The first run is the first HTTP traffic this JVM serves (cold JIT; the flows of all years computed, their JSON not
     * yet written); the filtered query's first run starts with its period not yet computed. Each is then run again warm,
     * so that the cost of the first seconds and the steady state are reported apart.
     */
    static void httpLoad(int port, FlowMatrix flows) throws Exception {
        flows.flows(FlowQuery.all());
        String all = "http://127.0.0.1:" + port + "/api/v1/flows";
        String filtered = all + "?from=2010&to=2012&region=Europe";
        System.out.println();
        System.out.println("wrk: GET /api/v1/flows, 32 connections, 2 threads, 20 s, Accept-Encoding: gzip (first HTTP traffic; data unchanged during the run)");
        wrk(all, "Accept-Encoding: gzip");
        System.out.println("wrk: the same again (warm)");
        wrk(all, "Accept-Encoding: gzip");
        System.out.println("wrk: the same without gzip (0.7 MB of JSON per answer)");
        wrk(all, null);
        System.out.println("wrk baseline: GET /api/v1/health (one trivial query), same settings");
        wrk("http://127.0.0.1:" + port + "/api/v1/health", null);
        System.out.println("wrk: GET /api/v1/flows?from=2010&to=2012&region=Europe, gzip (first request of this period)");
        wrk(filtered, "Accept-Encoding: gzip");
        System.out.println("wrk: the same again (warm)");
        wrk(filtered, "Accept-Encoding: gzip");
    }

    static void generate(JdbcClient jdbc, int n) {
        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into source (name, source_type, publisher)
                select 'Bench source ' || g,
                       (array['OFFICIAL_STATISTICS','OFFICIAL_STATISTICS','OFFICIAL_STATISTICS','INTERNATIONAL_ORGANISATION',
                              'INTERNATIONAL_ORGANISATION','NGO','NGO','ACADEMIC','MEDIA','MEDIA'])[1 + g % 10],
                       'Bench publisher ' || (g % 400)
                from generate_series(1, 2000) g""").update();
        jdbc.sql("""
                with pairs as (select array_agg(country) as o, array_agg(counterpart) as d, count(*)::int as n
                               from fact where extractor = 'tip-edgelist-import/1'),
                     src as (select array_agg(id) as ids from source where name like 'Bench source %'),
                     draw as (select g, 1 + floor(random() * (select n from pairs))::int as i, random() as r,
                                     1 + floor(random() * 2000)::int as s, random() as f, random() as v, random() as a
                              from generate_series(1, :n) g)
                insert into fact (source_id, type, country, role, counterpart, forms, victim_groups, year, quote,
                                  confidence, rule, extractor, data, status)
                select src.ids[draw.s], 'country_role',
                       case when draw.r < 0.25 then pairs.d[draw.i] else pairs.o[draw.i] end,
                       case when draw.r < 0.6 and draw.r >= 0.25 then 'ORIGIN' when draw.r < 0.25 then 'DESTINATION'
                            when draw.r < 0.95 then 'TRANSIT' else 'INTERNAL' end,
                       case when draw.r < 0.25 then pairs.o[draw.i] when draw.r < 0.6 then pairs.d[draw.i] else null end,
                       case when draw.f < 0.5 then array['SEXUAL_EXPLOITATION'] when draw.f < 0.88 then array['FORCED_LABOUR']
                            when draw.f < 0.95 then array['SEXUAL_EXPLOITATION','FORCED_LABOUR'] else array['BEGGING'] end,
                       case when draw.v < 0.38 then array['WOMEN'] when draw.v < 0.6 then array['GIRLS'] when draw.v < 0.8 then array['MEN']
                            when draw.v < 0.9 then array['BOYS'] else array[]::text[] end,
                       2001 + (draw.g % 22), 'generated for the benchmark', 0.8, 'bench', 'bench/1', '{}'::jsonb,
                       case when draw.a < 0.8 then 'ACCEPTED' else 'SUGGESTED' end
                from draw, pairs, src""").param("n", n).update();
        jdbc.sql("vacuum analyze fact").update();
        int total = jdbc.sql("select count(*) from fact").query(Integer.class).single();
        System.out.printf("generated %,d facts in %.1f s; %,d facts in the database%n", n, (System.nanoTime() - t0) / 1e9, total);
        System.out.println();
    }

    /** The citation index query as it was before the UNION ALL rewrite (commit e9e33c9): one scan with an OR of both roles. */
    static int previousCitationQuery(JdbcClient jdbc, String role) {
        String mirrored = role.equals("DESTINATION") ? "ORIGIN" : role.equals("ORIGIN") ? "DESTINATION" : "";
        String cited = "select case when role = :role then country else counterpart end as country, source_id, year"
                + " from fact_view where type = 'country_role'"
                + " and ((role = :role and country is not null) or (role = :mirrored and counterpart is not null))"
                + " and (:all or reviewed) and (:from < 0 or year >= :from) and (:to < 0 or year <= :to)";
        return jdbc.sql("with cited as (" + cited + "),"
                        + " per_source as (select country, source_id, count(*) as facts, min(year) as first_year, max(year) as last_year"
                        + "  from cited group by country, source_id)"
                        + " select p.country, count(*), count(distinct coalesce(s.publisher, s.name)), sum(p.facts),"
                        + "  min(p.first_year), max(p.last_year)"
                        + " from per_source p join source s on s.id = p.source_id group by p.country")
                .param("role", role).param("mirrored", mirrored).param("all", false).param("from", -1).param("to", -1)
                .query((rs, i) -> rs.getString(1)).list().size();
    }

    /**
     * The previous and the current query run alternately (9 pairs after a warm-up), so that a burst of load from other
     * processes hits both alike; prints both medians and the ratio of the medians.
     */
    static void interleaved(String name, Runnable before, Supplier<Integer> previous, Supplier<Integer> current) {
        before.run();
        previous.get();
        before.run();
        current.get();
        double[] p = new double[9];
        double[] c = new double[9];
        int rows = 0;
        for (int i = 0; i < p.length; i++) {
            before.run();
            long t = System.nanoTime();
            int r = previous.get();
            p[i] = (System.nanoTime() - t) / 1e6;
            before.run();
            t = System.nanoTime();
            rows = current.get();
            c[i] = (System.nanoTime() - t) / 1e6;
            if (r != rows) {
                throw new IllegalStateException(name + ": previous query gives " + r + " countries, current " + rows);
            }
        }
        Arrays.sort(p);
        Arrays.sort(c);
        System.out.printf("%-60s median %7.1f ms  min %7.1f  max %7.1f  (%d rows)  load %s%n", name + ", previous query", p[4], p[0], p[8], rows, load());
        System.out.printf("%-60s median %7.1f ms  min %7.1f  max %7.1f  (%d rows)  load %s%n", name, c[4], c[0], c[8], rows, load());
        System.out.printf("  → current / previous: median %.2f, min %.2f%n", c[4] / p[4], c[0] / p[0]);
    }

    /** Median of 5 timed runs after a warm-up, in ms. */
    static double report(String name, Runnable before, Supplier<Integer> run) {
        before.run();
        run.get(); // warm-up
        double[] ms = new double[5];
        int rows = 0;
        for (int i = 0; i < ms.length; i++) {
            before.run();
            long t = System.nanoTime();
            rows = run.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-60s median %7.1f ms  min %7.1f  max %7.1f  (%d rows)  load %s%n", name, ms[2], ms[0], ms[4], rows, load());
        return ms[2];
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static void wrk(String url, String header) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c32", "-d20s", "--latency"));
        if (header != null) {
            cmd.addAll(List.of("-H", header));
        }
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> keep = new ArrayList<>();
        for (String line : new String(p.getInputStream().readAllBytes()).split("\n")) {
            if (line.contains("Latency") || line.contains("%") || line.contains("Requests/sec") || line.contains("requests in")
                    || line.contains("Non-2xx") || line.contains("errors")) {
                keep.add("  " + line.strip());
            }
        }
        p.waitFor();
        keep.forEach(System.out::println);
        System.out.println("  load average after the run: " + load());
    }
}
