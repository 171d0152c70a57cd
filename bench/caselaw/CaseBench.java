package org.palermo.caselaw;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.palermo.coding.CaseCoder;

/**
 * Benchmark of the case-law search (not a test): scales the 60 bundled decisions to N by replicating
 * and perturbing them, indexes them with the application's own index code, and measures indexing
 * rate, search latency (p50/p99) and throughput for two-word queries with all facets counted, and
 * the automatic coder's rate. Prints figures; run through run.sh.
 */
public final class CaseBench {

    static final String[] COUNTRIES = {"USA", "GBR", "NGA", "PHL", "THA", "DEU", "FRA", "ITA", "ESP", "NLD", "BRA", "MEX", "IND",
            "ARG", "COL", "ROU", "BGR", "UKR", "MDA", "ALB", "SRB", "KHM", "VNM", "CHN", "IDN", "ZAF", "KEN", "EGY", "ISR", "AUS"};
    static final String[] QUERIES = {"debt bondage", "domestic servitude", "forced labour", "forced prostitution", "young girls",
            "false promises", "passports confiscated", "massage parlor", "labor camp", "sexual exploitation", "threatened violence",
            "hair salon", "agricultural workers", "brothel Mexico", "smuggled border", "minor victims", "restaurant workers",
            "debt repay", "visa fraud", "beaten locked"};

    public static void main(String[] args) throws Exception {
        boolean codingOnly = args.length > 0 && args[0].equals("coding");
        int n = args.length > 0 && !codingOnly ? Integer.parseInt(args[0]) : 100_000;
        List<Map.Entry<String, IndexedDecision>> base = load();
        System.out.printf("corpus: %d bundled decisions%s; load average at start: %s%n", base.size(),
                codingOnly ? "" : String.format(", scaled to %,d", n), loadAverage());

        coding(base);
        if (codingOnly) {
            System.out.printf("load average at end: %s%n", loadAverage());
            return;
        }

        Path dir = Files.createTempDirectory("palermo-case-bench");
        try (CaseSearchIndex index = new CaseSearchIndex(dir)) {
            Random random = new Random(42);
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                index.put(perturb(base.get(i % base.size()).getValue(), i, random));
            }
            index.commit("bench");
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("indexing: %,d decisions in %.1f s = %,.0f decisions/s (one thread, incl. commit)%n", n, secs, n / secs);
            long m0 = System.nanoTime();
            index.optimize("bench");
            System.out.printf("merge to one segment (done after a bulk rebuild): %.1f s%n", (System.nanoTime() - m0) / 1e9);
            long reindex0 = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                index.put(perturb(base.get(i % base.size()).getValue(), i, new Random(i)));
            }
            index.commit("bench2");
            System.out.printf("re-indexing 1,000 existing decisions (updateDocument) + commit: %.0f ms; index still holds %,d%n",
                    (System.nanoTime() - reindex0) / 1e6, index.size());
            System.out.printf("index size on disk: %.0f MB%n", size(dir) / 1e6);

            search(index, "two words, all facets", false);
            search(index, "two words + purpose filter, all facets (sideways counts)", true);
            throughput(index, 2, 10);
            System.out.printf("load average at end: %s (other processes share these cores: wall times include waiting for a core)%n", loadAverage());
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The coder's rate, one thread, after warm-up, beside a baseline measured in the same run on the same
     * texts: one pass of a word pattern over each text (the least any rule-based reading costs). Wall
     * time and the thread's CPU time are both printed: on a shared machine the CPU rate is what a core gives.
     */
    static void coding(List<Map.Entry<String, IndexedDecision>> base) {
        CaseCoder coder = new CaseCoder();
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b\\w+\\b");
        long chars = base.stream().mapToLong(d -> d.getValue().text().length()).sum();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < 20; r++) {
            for (var d : base) {
                coder.code(d.getKey(), d.getValue().text());
                words(word, d.getValue().text());
            }
        }
        int rounds = 40;
        for (int pass = 0; pass < 2; pass++) {
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long sink = 0;
            for (int r = 0; r < rounds; r++) {
                for (var d : base) {
                    sink += words(word, d.getValue().text());
                }
            }
            double baseWall = (System.nanoTime() - w0) / 1e9;
            double baseCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            w0 = System.nanoTime();
            c0 = threads.getCurrentThreadCpuTime();
            for (int r = 0; r < rounds; r++) {
                for (var d : base) {
                    sink += coder.code(d.getKey(), d.getValue().text()).evidence().size();
                }
            }
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            int n = base.size() * rounds;
            System.out.printf("coding, pass %d: %,d decisions (%,.0f chars each): coder %,.0f decisions/s wall, %,.0f per CPU-second; "
                            + "baseline (one word-pattern pass) %,.0f decisions/s wall, %,.0f per CPU-second; coder/baseline CPU %.1fx [%d]%n",
                    pass + 1, n, (double) chars / base.size(), n / wall, n / cpu, n / baseWall, n / baseCpu, cpu / baseCpu, sink % 10);
        }
    }

    private static int words(java.util.regex.Pattern word, String text) {
        java.util.regex.Matcher m = word.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static void search(CaseSearchIndex index, String label, boolean filter) throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            index.search(query(random, filter));
        }
        int runs = 2000;
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        long total = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            CaseQuery q = query(random, filter);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            CaseResults r = index.search(q);
            times[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            total += r.total();
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf("search (%s), %d queries, mean hits %,d:%n  wall: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n"
                        + "  cpu:  p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (thread CPU time: what a query costs when the machine is not shared)%n",
                label, runs, total / runs, times[runs / 2] / 1e6, times[runs * 9 / 10] / 1e6, times[runs * 99 / 100] / 1e6,
                times[runs - 1] / 1e6, cpu[runs / 2] / 1e6, cpu[runs * 9 / 10] / 1e6, cpu[runs * 99 / 100] / 1e6);
    }

    static void throughput(CaseSearchIndex index, int threads, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            Thread w = new Thread(() -> {
                Random random = new Random(seed);
                try {
                    while (System.nanoTime() < end) {
                        index.search(query(random, random.nextBoolean()));
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        System.out.printf("throughput: %.0f queries/s with %d threads for %d s (two words, all facets, half with a purpose filter)%n",
                done.get() / (double) seconds, threads, seconds);
    }

    static CaseQuery query(Random random, boolean filter) {
        String q = QUERIES[random.nextInt(QUERIES.length)];
        Map<String, List<String>> filters = filter ? Map.of("purposes", List.of(random.nextBoolean() ? "FORCED_LABOUR" : "SEXUAL_EXPLOITATION")) : Map.of();
        return new CaseQuery(q, filters, CaseQuery.Order.RELEVANCE, 1 + random.nextInt(2), 20);
    }

    /** A copy of a real decision: sentences shuffled, a few words swapped, another jurisdiction, date and coding. */
    static IndexedDecision perturb(IndexedDecision d, int i, Random random) {
        List<String> sentences = new ArrayList<>(List.of(d.text().split("(?<=[.!?])\\s+")));
        java.util.Collections.shuffle(sentences, random);
        String[] words = String.join(" ", sentences).split(" ");
        for (int k = 0; k < words.length / 20; k++) {
            int a = random.nextInt(words.length);
            int b = random.nextInt(words.length);
            String w = words[a];
            words[a] = words[b];
            words[b] = w;
        }
        String text = String.join(" ", words);
        LocalDate date = LocalDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        List<String[]> coding = new ArrayList<>();
        d.facets().forEach((dim, values) -> {
            if (List.of("jurisdiction", "year", "level", "coding").contains(dim)) {
                return;
            }
            for (String v : values) {
                if (random.nextInt(10) > 0) {
                    coding.add(new String[] {dim, dim.equals("victims") ? "3" : v, random.nextInt(8) == 0 ? "SUGGESTED" : "ACCEPTED"});
                }
            }
        });
        return new IndexedDecision("B" + i, 1, country, d.court(), d.name() + " (" + i + ")", date, date.getYear(), null,
                d.level(), text, CaseLaw.facets(country, date.getYear(), d.level(), coding));
    }

    static List<Map.Entry<String, IndexedDecision>> load() throws Exception {
        List<Map.Entry<String, IndexedDecision>> out = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                CaseBench.class.getClassLoader().getResourceAsStream(SeedCases.RESOURCE), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                NewDecision d = CaseFiles.fromJson(line);
                List<String[]> coding = new ArrayList<>();
                d.humanCoding().forEach((f, values) -> values.forEach(v -> coding.add(new String[] {f.json(), v, "ACCEPTED"})));
                DecisionDate date = DecisionDate.read(d.dateText(), d.jurisdiction(), LocalDate.now());
                out.add(Map.entry(d.key(), new IndexedDecision(d.key(), 1, d.jurisdiction(), d.court(), d.name(), date.date(),
                        date.year(), d.dateText(), d.level(), d.text(), CaseLaw.facets(d.jurisdiction(), date.year(), d.level(), coding))));
            }
        }
        return out;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static long size(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
