import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction CPU of two builds of palermo-core in one JVM, documents interleaved: each build's {@code Extractor}
 * in a class loader of its own (its core jar and the same dependencies), every document extracted by one and then the
 * other (the order alternating by round), each call timed in thread CPU. Start-up, the JIT compilers' threads, file
 * reading and output are left out, and the machine's load weighs on both alike: what remains is the extraction
 * itself, which a whole-process run on a shared machine (run.sh, ±10 % from run to run) cannot resolve to a few per
 * cent. Round 0 (class loading, the interpreter) is left out of the totals.
 * Usage: SameJvm BASELINE_CORE_JAR THIS_CORE_JAR DEPENDENCIES(:-separated) ROUNDS FILE...
 */
public class SameJvm {

    public static void main(String[] args) throws Exception {
        List<URL> libs = new ArrayList<>();
        for (String p : args[2].split(":")) {
            libs.add(Path.of(p).toUri().toURL());
        }
        int rounds = Integer.parseInt(args[3]);
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (int i = 4; i < args.length; i++) {
            texts.add(Files.readString(Path.of(args[i])));
            bytes += Files.size(Path.of(args[i]));
        }
        Object[] extractor = new Object[2];
        Method[] extract = new Method[2];
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>(libs);
            urls.add(0, Path.of(args[k]).toUri().toURL());
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> c = loader.loadClass("org.palermo.extraction.Extractor");
            extractor[k] = c.getConstructor().newInstance();
            extract[k] = c.getMethod("extract", String.class, loader.loadClass("org.palermo.extraction.Hints"));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        long[] facts = new long[2];
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                for (int j = 0; j < 2; j++) {
                    int k = (r + j) % 2;
                    long t0 = threads.getCurrentThreadCpuTime();
                    List<?> found = (List<?>) extract[k].invoke(extractor[k], text, null);
                    long spent = threads.getCurrentThreadCpuTime() - t0;
                    if (r > 0) {
                        cpu[k] += spent;
                        facts[k] += found.size();
                    }
                }
            }
        }
        double mb = bytes * (rounds - 1) / 1048576.0;
        System.out.printf("%d documents (%.2f MB) x %d rounds after the first: %.1f MB each%n", texts.size(),
                bytes / 1048576.0, rounds - 1, mb);
        System.out.printf("baseline:   %.2f s of thread CPU -> %.2f MB/s, %d facts%n", cpu[0] / 1e9, mb / (cpu[0] / 1e9), facts[0]);
        System.out.printf("this build: %.2f s of thread CPU -> %.2f MB/s, %d facts%n", cpu[1] / 1e9, mb / (cpu[1] / 1e9), facts[1]);
        System.out.printf("this build / baseline, CPU: %.3f%s%n", (double) cpu[1] / cpu[0],
                facts[0] == facts[1] ? "" : " (the two builds found different numbers of facts)");
    }
}
