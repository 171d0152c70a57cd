import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.palermo.PalermoApplication;
import org.palermo.assistance.Overlaps;
import org.palermo.assistance.Project;
import org.palermo.assistance.Projects;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Overlap detection over every project of the registry, as a user's first start has it (the bundled US grants
 * FY2001–2014), on a throw-away embedded PostgreSQL. Timed, in the same run:
 *   detect()            what the API computes on a miss: read all projects from PostgreSQL, find and score pairs;
 *   detect(list)        the same detection on projects already in memory;
 *   baseline all-pairs  the same candidate rule (country, period, pillar or sector) tried on every pair, unscored;
 *   baseline titles     what aid portals flag: pairs with the same normalised title;
 * and the detection on the registry copied 4 times (shifted 20 years apart, so copies do not overlap each other).
 * Plain timed loop (no JMH in the build): 3 warm-up runs, then median, min and max of 7.
 */
public class OverlapBench {

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("palermo-bench");
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PalermoApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--palermo.home=" + home, "--palermo.home.delete-on-close=true", "--palermo.demo-data=true",
                        "--logging.level.org.palermo=WARN")) {
            System.out.printf("started with demo data in %.1f s%n%n", (System.nanoTime() - t0) / 1e9);
            Overlaps overlaps = context.getBean(Overlaps.class);
            Projects projects = context.getBean(Projects.class);
            List<Project> all = projects.find(Projects.Filter.ALL);
            List<Project> times4 = copies(all, 4);
            System.out.printf("%-44s %9s %9s %9s %10s %9s%n", "", "median", "min", "max", "projects", "pairs");
            time("detect() (PostgreSQL + detection)", all.size(), () -> overlaps.detect().pairs());
            time("detect(list) (in memory)", all.size(), () -> Overlaps.detect(all).pairs());
            time("baseline: all pairs, same rule, unscored", all.size(), () -> allPairs(all));
            time("baseline: same normalised title", all.size(), () -> sameTitle(all));
            time("detect(list), registry x4", times4.size(), () -> Overlaps.detect(times4).pairs());
            time("baseline: all pairs, registry x4", times4.size(), () -> allPairs(times4));
        }
        System.out.println();
        System.out.printf("JVM %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    static void time(String label, int n, Supplier<Integer> run) {
        int pairs = 0;
        for (int i = 0; i < 3; i++) {
            pairs = run.get();
        }
        double[] ms = new double[7];
        for (int i = 0; i < ms.length; i++) {
            long s = System.nanoTime();
            pairs = run.get();
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-44s %7.0fms %7.0fms %7.0fms %10d %9d%n", label, ms[3], ms[0], ms[6], n, pairs);
    }

    /** Every pair tried: a shared country, overlapping periods (open ends unbounded), a shared pillar or sector. */
    static int allPairs(List<Project> all) {
        int found = 0;
        for (int i = 0; i < all.size(); i++) {
            Project a = all.get(i);
            if (a.start() == null && a.end() == null) {
                continue;
            }
            for (int j = i + 1; j < all.size(); j++) {
                Project b = all.get(j);
                if (b.start() == null && b.end() == null) {
                    continue;
                }
                if (a.countryCodes().stream().noneMatch(b.countryCodes()::contains)) {
                    continue;
                }
                LocalDate from = max(a.start(), b.start());
                LocalDate to = min(a.end(), b.end());
                if (from != null && to != null && from.isAfter(to)) {
                    continue;
                }
                boolean pillar = a.pillars().stream().anyMatch(b.pillars()::contains);
                boolean sector = a.sectors().stream().anyMatch(x -> b.sectors().stream()
                        .anyMatch(y -> x.vocabulary().equals(y.vocabulary()) && x.code().equals(y.code())));
                if (pillar || sector) {
                    found++;
                }
            }
        }
        return found;
    }

    static int sameTitle(List<Project> all) {
        Map<String, Integer> counts = new HashMap<>();
        for (Project p : all) {
            counts.merge(p.title().replaceAll("\\s*\\(row \\d+\\)", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip(), 1, Integer::sum);
        }
        return counts.values().stream().mapToInt(c -> c * (c - 1) / 2).sum();
    }

    static List<Project> copies(List<Project> all, int times) {
        List<Project> out = new ArrayList<>();
        for (int k = 0; k < times; k++) {
            for (Project p : all) {
                int years = 20 * k;
                out.add(new Project(p.id() + 1_000_000L * k, p.identifier() + "#" + k, p.title(), p.description(), p.organisations(),
                        p.countries(), p.regions(), p.pillars(), p.measures(), p.sectors(),
                        p.start() == null ? null : p.start().plusYears(years), p.end() == null ? null : p.end().plusYears(years),
                        p.budget(), p.currency(), p.status(), p.transactions(), p.origin()));
            }
        }
        return out;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
