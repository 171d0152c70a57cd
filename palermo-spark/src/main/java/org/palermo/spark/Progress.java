package org.palermo.spark;

import java.io.PrintStream;
import java.util.Locale;

import org.apache.spark.SparkContext;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.util.LongAccumulator;

/**
 * Shows on stderr how far the job is: partitions done of the running stages, documents extracted, documents
 * per second. On a terminal the line is redrawn every second; otherwise a line is printed every 15 seconds.
 * Documents are counted as tasks finish, so the count moves in steps of a partition.
 */
final class Progress implements AutoCloseable {

    private final SparkContext sc;
    private final LongAccumulator documents;
    private final PrintStream err;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private final Thread thread;
    private volatile boolean done;
    private volatile boolean printed;

    private Progress(SparkContext sc, LongAccumulator documents, PrintStream err) {
        this.sc = sc;
        this.documents = documents;
        this.err = err;
        this.thread = new Thread(this::loop, "bulk-extract-progress");
        this.thread.setDaemon(true);
    }

    static Progress start(SparkContext sc, LongAccumulator documents, PrintStream err) {
        Progress p = new Progress(sc, documents, err);
        p.thread.start();
        return p;
    }

    private void loop() {
        long every = terminal ? 1000 : 15000;
        String last = "";
        while (!done) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            String line = line();
            if (!done && !line.equals(last)) {
                err.print(terminal ? "\r" + line + "   " : line + "\n");
                err.flush();
                printed = true;
                last = line;
            }
        }
    }

    String line() {
        SparkStatusTracker tracker = sc.statusTracker();
        int doneTasks = 0;
        int tasks = 0;
        for (int id : tracker.getActiveStageIds()) {
            SparkStageInfo stage = tracker.getStageInfo(id).getOrElse(() -> null);
            if (stage != null) {
                doneTasks += stage.numCompletedTasks();
                tasks += stage.numTasks();
            }
        }
        long docs = documents.value();
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(Locale.ROOT, "bulk-extract: %d/%d partitions, %,d documents, %,.0f documents/s, %.0f s",
                doneTasks, tasks, docs, docs / Math.max(seconds, 1e-3), seconds);
    }

    @Override
    public void close() {
        done = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (terminal && printed) {
            err.println();
            err.flush();
        }
    }
}
