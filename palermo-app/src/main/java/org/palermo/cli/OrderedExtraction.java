package org.palermo.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts documents on several threads and writes each one's outcome in the order the documents were
 * submitted, so the output is byte for byte the one-thread output. At most a window of documents is in flight
 * (a number of documents and of characters), so a huge input streams through in bounded memory; the thread
 * that submits also writes, and waits for the oldest document when the window is full.
 */
final class OrderedExtraction implements AutoCloseable {

    /** What one document gave: its fact lines, or a problem to report (by file, line and reason). */
    record Outcome(List<String> lines, String problem) {

        static Outcome of(List<String> lines) {
            return new Outcome(lines, null);
        }

        static Outcome failed(String problem) {
            return new Outcome(List.of(), problem);
        }
    }

    private record Pending(Future<Outcome> outcome, long chars) {
    }

    /** Characters in flight at most (about 128 MB of strings); one larger document still goes, alone. */
    static final long MAX_CHARS_IN_FLIGHT = 64L * 1024 * 1024;

    private final ExecutorService pool;
    private final int maxDocuments;
    private final BufferedWriter writer;
    private final PrintWriter err;
    private final ArrayDeque<Pending> window = new ArrayDeque<>();
    private long charsInFlight;
    private int failures;

    /** {@code threads} 1 extracts each document as it is submitted, on the caller's thread. */
    OrderedExtraction(int threads, BufferedWriter writer, PrintWriter err) {
        this.writer = writer;
        this.err = err;
        this.maxDocuments = 8 * threads;
        if (threads > 1) {
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "extract-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        } else {
            this.pool = null;
        }
    }

    /** Extracts one document ({@code chars} long, about) in its turn. */
    void submit(long chars, Callable<Outcome> work) throws IOException {
        if (pool == null) {
            write(run(work));
            return;
        }
        while (!window.isEmpty() && (window.size() >= maxDocuments || charsInFlight + chars > MAX_CHARS_IN_FLIGHT)) {
            writeOldest();
        }
        window.add(new Pending(pool.submit(() -> run(work)), chars));
        charsInFlight += chars;
        while (!window.isEmpty() && window.peek().outcome().isDone()) {
            writeOldest();
        }
    }

    /** A problem found while reading (not a document's own), reported in its turn among the documents. */
    void report(String problem) throws IOException {
        if (pool == null) {
            write(Outcome.failed(problem));
        } else {
            window.add(new Pending(CompletableFuture.completedFuture(Outcome.failed(problem)), 0));
        }
    }

    /** Writes what is still in flight; returns the number of problems reported. */
    int finish() throws IOException {
        while (!window.isEmpty()) {
            writeOldest();
        }
        return failures;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static Outcome run(Callable<Outcome> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeOldest() throws IOException {
        Pending oldest = window.poll();
        charsInFlight -= oldest.chars();
        try {
            write(oldest.outcome().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    private void write(Outcome outcome) throws IOException {
        for (String line : outcome.lines()) {
            writer.write(line);
            writer.newLine();
        }
        if (outcome.problem() != null) {
            err.println(outcome.problem());
            failures++;
        }
    }
}
